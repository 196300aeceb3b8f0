SELECT id, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MSOF') AS at, actor, action, object_type, object_id,
       before::text AS before, after::text AS after
FROM core.audit
WHERE object_type IN ('work', 'signage', 'parking', 'entrances') AND object_id = :id
ORDER BY at DESC, id DESC
LIMIT 500
