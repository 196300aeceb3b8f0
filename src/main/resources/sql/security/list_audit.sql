-- Bounds are bound as text and cast here, so a null bound means "open".
SELECT id, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MSOF') AS at, actor, action, object_type, object_id,
       before::text AS before, after::text AS after
FROM core.audit
WHERE (CAST(:from AS text) IS NULL OR at >= CAST(:from AS timestamptz))
  AND (CAST(:to AS text) IS NULL OR at < CAST(:to AS timestamptz))
ORDER BY at, id
LIMIT :limit OFFSET :offset
