-- Pending truncations whose time has come, oldest first; locked so two senders never send the same row at once.
-- The box also in Web Mercator (the EPSG:900913 grid), with the margin, within the projection's latitudes.
SELECT id, tables, min_lon, min_lat, max_lon, max_lat, whole_layer, attempts,
       ST_XMin(web.m) AS min_x, ST_YMin(web.m) AS min_y, ST_XMax(web.m) AS max_x, ST_YMax(web.m) AS max_y
FROM core.tile_truncations t
LEFT JOIN LATERAL (
    SELECT ST_Transform(ST_MakeEnvelope(greatest(t.min_lon - :margin, -180), greatest(t.min_lat - :margin, -85.0511),
                                        least(t.max_lon + :margin, 180), least(t.max_lat + :margin, 85.0511), 4326),
                        3857) AS m
    WHERE NOT t.whole_layer) web ON true
WHERE done_at IS NULL AND next_attempt_at <= now()
ORDER BY id
LIMIT :limit
FOR UPDATE OF t SKIP LOCKED
