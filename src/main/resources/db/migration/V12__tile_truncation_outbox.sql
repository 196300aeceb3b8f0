-- Fresh tiles after every change of the register (ADR 0012): every committed change of a table the public layers
-- read leaves one row here, written by triggers in the change's own transaction, so no write path (editor, import,
-- campaign update, a future one) can forget it and none is lost when GeoServer is down. A background sender turns the
-- rows into GeoWebCache truncations and marks them done once GeoServer confirms. In schema core: the public role
-- (shelter_pub) has no grant on it.
CREATE TABLE core.tile_truncations (
    id              bigserial PRIMARY KEY,
    xact            xid8 NOT NULL DEFAULT pg_current_xact_id(),
    -- the register tables the transaction changed (the affected layers are the views that read them)
    tables          text[] NOT NULL,
    -- before ∪ after of every changed row's geometry, EPSG:4326; all null: the whole layer (TRUNCATE)
    min_lon         double precision,
    min_lat         double precision,
    max_lon         double precision,
    max_lat         double precision,
    whole_layer     boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text,
    done_at         timestamptz
);
-- One row per transaction: the statements of one edit merge into it.
CREATE UNIQUE INDEX tile_truncations_xact ON core.tile_truncations (xact);
CREATE INDEX tile_truncations_pending ON core.tile_truncations (next_attempt_at) WHERE done_at IS NULL;

-- TG_ARGV[0]: how a row of the table is located: 'geom' / 'footprint' (its own column) or 'work' (its work's footprint).
CREATE FUNCTION core.queue_tile_truncation() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    located text := CASE TG_ARGV[0]
                        WHEN 'work' THEN '(SELECT w.footprint FROM core.works w WHERE w.id = r.work_id)'
                        ELSE 'r.' || quote_ident(TG_ARGV[0]) END;
    parts text[] := '{}';
    b box2d;
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        INSERT INTO core.tile_truncations (tables, whole_layer) VALUES (ARRAY[TG_TABLE_NAME], true)
        ON CONFLICT (xact) DO UPDATE
            SET tables = ARRAY(SELECT DISTINCT unnest(core.tile_truncations.tables || EXCLUDED.tables) ORDER BY 1),
                whole_layer = true;
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        parts := parts || ('SELECT ' || located || ' AS g FROM old_rows r');
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        parts := parts || ('SELECT ' || located || ' AS g FROM new_rows r');
    END IF;
    EXECUTE 'SELECT ST_Extent(g) FROM (' || array_to_string(parts, ' UNION ALL ') || ') s' INTO b;
    IF b IS NULL THEN
        RETURN NULL;  -- no row changed
    END IF;
    INSERT INTO core.tile_truncations (tables, min_lon, min_lat, max_lon, max_lat)
    VALUES (ARRAY[TG_TABLE_NAME], ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b))
    ON CONFLICT (xact) DO UPDATE
        SET tables = ARRAY(SELECT DISTINCT unnest(core.tile_truncations.tables || EXCLUDED.tables) ORDER BY 1),
            min_lon = least(core.tile_truncations.min_lon, EXCLUDED.min_lon),
            min_lat = least(core.tile_truncations.min_lat, EXCLUDED.min_lat),
            max_lon = greatest(core.tile_truncations.max_lon, EXCLUDED.max_lon),
            max_lat = greatest(core.tile_truncations.max_lat, EXCLUDED.max_lat);
    RETURN NULL;
END $$;

-- Every register table a public view reads (GeoTileCacheTest checks that none is missing).
DO $$
DECLARE t text[];
BEGIN
    FOREACH t SLICE 1 IN ARRAY ARRAY[['works', 'footprint'], ['entrances', 'geom'], ['parking', 'work'],
                                     ['signage', 'work'], ['districts', 'geom'], ['plan_units', 'geom'],
                                     ['pois', 'geom']] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON core.%I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION core.queue_tile_truncation(%L)', t[1] || '_tiles_i', t[1], t[2]);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON core.%I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION core.queue_tile_truncation(%L)', t[1] || '_tiles_u', t[1], t[2]);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON core.%I REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION core.queue_tile_truncation(%L)', t[1] || '_tiles_d', t[1], t[2]);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON core.%I
                        FOR EACH STATEMENT EXECUTE FUNCTION core.queue_tile_truncation(%L)', t[1] || '_tiles_t', t[1], t[2]);
    END LOOP;
END $$;
