-- Pending truncations whose time has come, oldest first; locked so two senders never send the same row at once.
SELECT id, tables, min_lon, min_lat, max_lon, max_lat, whole_layer, attempts,
       ST_XMin(m) AS min_x, ST_YMin(m) AS min_y, ST_XMax(m) AS max_x, ST_YMax(m) AS max_y
FROM core.tile_truncations t,
     LATERAL (SELECT ST_Extent(ST_Transform(ST_SetSRID(ST_MakeBox2D(
                  ST_MakePoint(greatest(t.min_lon - :margin, -180), greatest(t.min_lat - :margin, -85.0511)),
                  ST_MakePoint(least(t.max_lon + :margin, 180), least(t.max_lat + :margin, 85.0511))), 4326), 3857))::box2d
              WHERE NOT t.whole_layer) web(m)
WHERE done_at IS NULL AND next_attempt_at <= now()
ORDER BY id
LIMIT :limit
FOR UPDATE OF t SKIP LOCKED
