-- Which register tables each public view reads, directly or through other views (PostgreSQL's own dependencies).
WITH RECURSIVE reads(view_schema, view_name, table_schema, table_name) AS (
    SELECT view_schema::text, view_name::text, table_schema::text, table_name::text
    FROM information_schema.view_table_usage
    UNION
    SELECT r.view_schema, r.view_name, u.table_schema::text, u.table_name::text
    FROM reads r
    JOIN information_schema.view_table_usage u ON u.view_schema = r.table_schema AND u.view_name = r.table_name
)
SELECT DISTINCT view_name, table_name FROM reads
WHERE view_schema = 'pub' AND table_schema = 'core'
ORDER BY view_name, table_name
