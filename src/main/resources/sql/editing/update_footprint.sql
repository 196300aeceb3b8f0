UPDATE core.works
SET footprint = ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(:geojson), 4326)), footprint_provisional = :provisional,
    version = version + 1, changed_at = now(), changed_by = :actor
WHERE id = :id AND version = :version
