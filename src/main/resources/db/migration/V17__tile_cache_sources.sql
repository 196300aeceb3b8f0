-- The service's tile cache (ADR 0017) learns what changed where from the tile-truncation outbox (V12), like
-- GeoServer's GeoWebCache. Two kinds of tables did not record their changes there yet:
-- * the tables only the restricted layers read (population cells, candidate sites, hazards), whose tiles staff and
--   scoped API keys see: located by their own geometry, as V12 does;
-- * core.settings, which the public shelters view reads (m² per person gives the capacity): it has no geometry, so a
--   change of it drops the whole layers that read it (whole_layer, as a TRUNCATE does).
CREATE FUNCTION core.queue_whole_layer_truncation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO core.tile_truncations (tables, whole_layer) VALUES (ARRAY[TG_TABLE_NAME], true)
    ON CONFLICT (xact) DO UPDATE
        SET tables = ARRAY(SELECT DISTINCT unnest(core.tile_truncations.tables || EXCLUDED.tables) ORDER BY 1),
            whole_layer = true;
    RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['population', 'candidate_sites', 'hazards'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON core.%I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION core.queue_tile_truncation(%L)', t || '_tiles_i', t, 'geom');
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON core.%I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION core.queue_tile_truncation(%L)', t || '_tiles_u', t, 'geom');
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON core.%I REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION core.queue_tile_truncation(%L)', t || '_tiles_d', t, 'geom');
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON core.%I
                        FOR EACH STATEMENT EXECUTE FUNCTION core.queue_tile_truncation(%L)', t || '_tiles_t', t, 'geom');
    END LOOP;
END $$;

-- Row triggers, only for a real change: the service writes its configured settings at every start (SettingsSync).
CREATE TRIGGER settings_tiles_u AFTER UPDATE ON core.settings
    FOR EACH ROW WHEN (OLD.value IS DISTINCT FROM NEW.value) EXECUTE FUNCTION core.queue_whole_layer_truncation();
CREATE TRIGGER settings_tiles_i AFTER INSERT OR DELETE ON core.settings
    FOR EACH ROW EXECUTE FUNCTION core.queue_whole_layer_truncation();
CREATE TRIGGER settings_tiles_t AFTER TRUNCATE ON core.settings
    FOR EACH STATEMENT EXECUTE FUNCTION core.queue_whole_layer_truncation();
