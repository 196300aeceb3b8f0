-- The owner role migrates the schema: it needs to create schemas unless they are there already.
SELECT current_database() AS database,
       current_user AS owner,
       EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'core') AS migrated,
       has_database_privilege(current_database(), 'CREATE') AS can_create
