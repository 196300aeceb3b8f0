SELECT username, password_hash, role, enabled FROM core.users WHERE username = :username
