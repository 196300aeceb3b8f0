-- Which register tables each view of the published schemas reads, directly or through other views (PostgreSQL's own
-- dependencies), and whether the table records its changes in the tile-truncation outbox (V12, V17).
WITH RECURSIVE reads(view_schema, view_name, table_schema, table_name) AS (
    SELECT view_schema::text, view_name::text, table_schema::text, table_name::text
    FROM information_schema.view_table_usage
    UNION
    SELECT r.view_schema, r.view_name, u.table_schema::text, u.table_name::text
    FROM reads r
    JOIN information_schema.view_table_usage u ON u.view_schema = r.table_schema AND u.view_name = r.table_name
)
SELECT DISTINCT r.view_schema, r.view_name, r.table_name,
       EXISTS (SELECT 1 FROM pg_trigger g JOIN pg_proc p ON p.oid = g.tgfoid
               WHERE g.tgrelid = format('core.%I', r.table_name)::regclass
                 AND p.proname IN ('queue_tile_truncation', 'queue_whole_layer_truncation')) AS recorded
FROM reads r
WHERE r.view_schema IN ('pub', 'staff') AND r.table_schema = 'core'
  AND EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'core' AND c.relname = r.table_name AND c.relkind IN ('r', 'p'))
ORDER BY 1, 2, 3
