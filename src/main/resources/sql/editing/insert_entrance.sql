-- Keeps the id of an entrance that is moved, so references to it stay valid.
INSERT INTO core.entrances (id, work_id, kind, accessible, geom)
VALUES (coalesce(CAST(:eid AS bigint), nextval(pg_get_serial_sequence('core.entrances', 'id'))), :id, :kind, :accessible,
        ST_SetSRID(ST_MakePoint(:lon, :lat), 4326))
