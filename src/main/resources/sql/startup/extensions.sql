-- Which of the extensions the service needs are installed in this database, and which the server could install.
SELECT n.name,
       EXISTS (SELECT 1 FROM pg_extension e WHERE e.extname = n.name) AS installed,
       EXISTS (SELECT 1 FROM pg_available_extensions a WHERE a.name = n.name) AS available
FROM unnest(ARRAY['postgis', 'pgrouting']) AS n(name)
ORDER BY n.name
