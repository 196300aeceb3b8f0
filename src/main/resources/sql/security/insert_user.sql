INSERT INTO core.users (username, display_name, password_hash, role, created_by)
VALUES (:username, :display, :hash, :role, :actor)
RETURNING id
