-- Hardening (issue 12): the outlets' views are security barriers, the public role can create nothing, and every
-- ledger row names who recorded it.

-- 1. Every view in pub and staff becomes a security barrier: a condition a caller adds (a cheap function that reports
--    what it is shown) is then applied only to the rows the view returns, never before the view's own filter.
--    CREATE OR REPLACE VIEW resets this option: every later view (new or replaced) must say WITH (security_barrier),
--    and ViewBarrierTest fails for one that does not.
DO $$
DECLARE
    v regclass;
BEGIN
    FOR v IN SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind = 'v' AND n.nspname IN ('pub', 'staff')
    LOOP
        EXECUTE format('ALTER VIEW %s SET (security_barrier = true)', v);
    END LOOP;
END $$;

-- 2. The public role (the public outlets' pool, GeoServer's public store) can create nothing: no temporary tables or
--    functions (TEMP), no schema (CREATE on the database), no object in any schema. It gets these only through
--    PUBLIC, so they are taken from PUBLIC too. The owner keeps TEMP through its owner's rights (the coverage analysis
--    uses temporary tables); a migrating role that does not own the database cannot revoke from PUBLIC, and is told how.
DO $$
DECLARE
    s name;
BEGIN
    IF pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER') THEN
        EXECUTE format('REVOKE TEMPORARY, CREATE ON DATABASE %I FROM PUBLIC', current_database());
    ELSE
        RAISE WARNING 'not the owner of database %: run "REVOKE TEMPORARY, CREATE ON DATABASE % FROM PUBLIC" as its owner',
            current_database(), quote_ident(current_database());
    END IF;
    EXECUTE format('REVOKE TEMPORARY, CREATE ON DATABASE %I FROM %I', current_database(), '${public_role}');
    FOR s IN SELECT nspname FROM pg_namespace
             WHERE nspname NOT LIKE 'pg\_%' AND nspname <> 'information_schema'
               AND pg_has_role(current_user, nspowner, 'MEMBER')
    LOOP
        EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC, %I', s, '${public_role}');
    END LOOP;
END $$;

-- 3. Money is audited: each receipt and allocation names who recorded it and when (the same actor as its audit row).
--    Rows from before this migration, and the sample's, were recorded by the system.
ALTER TABLE core.fee_receipts
    ADD COLUMN recorded_by text NOT NULL DEFAULT 'system',
    ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE core.fee_allocations
    ADD COLUMN recorded_by text NOT NULL DEFAULT 'system',
    ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now();
