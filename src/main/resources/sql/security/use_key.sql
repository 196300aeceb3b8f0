-- Finds an active key by the hash of its token and notes its use (at most once a minute, to spare writes).
WITH k AS (
    SELECT id, prefix, layers FROM core.api_keys WHERE token_hash = :hash AND revoked_at IS NULL
), touched AS (
    UPDATE core.api_keys a SET last_used_at = now()
    FROM k WHERE a.id = k.id AND (a.last_used_at IS NULL OR a.last_used_at < now() - interval '1 minute')
)
SELECT id, prefix, layers FROM k
