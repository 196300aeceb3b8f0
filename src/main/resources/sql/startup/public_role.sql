-- The public outlets' role: does it exist, may it log in, may it connect to this database.
SELECT r.rolcanlogin AS can_login,
       has_database_privilege(r.oid, current_database(), 'CONNECT') AS can_connect
FROM pg_roles r WHERE r.rolname = ?
