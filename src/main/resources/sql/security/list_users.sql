SELECT id, username, display_name, role, enabled, to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SSOF') AS created_at
FROM core.users
/*where*/
ORDER BY username
