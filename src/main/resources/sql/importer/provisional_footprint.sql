-- The provisional footprint of a work known only by a point (ADR 0021): a square of :side metres centred on it,
-- drawn in EPSG:4549 so its sides are true metres, as GeoJSON in EPSG:4326.
SELECT ST_AsGeoJSON(ST_Transform(ST_Expand(ST_Transform(ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), 4549),
                                           CAST(:side AS float8) / 2), 4326), 9)
