SELECT id, name, prefix, layers,
       to_char(created_at, 'YYYY-MM-DD"T"HH24:MI:SSOF') AS created_at, created_by,
       to_char(revoked_at, 'YYYY-MM-DD"T"HH24:MI:SSOF') AS revoked_at, revoked_by,
       to_char(last_used_at, 'YYYY-MM-DD"T"HH24:MI:SSOF') AS last_used_at
FROM core.api_keys
ORDER BY revoked_at IS NOT NULL, id DESC
