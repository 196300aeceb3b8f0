UPDATE core.users SET password_hash = :hash, password_changed_at = now() WHERE id = :id
