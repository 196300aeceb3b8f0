-- Walking distance over the road network (pgRouting) from a point to every way in (pub.way_in_kinds) of the given shelters:
-- the point and each entrance snap to their nearest network vertex (the snap legs are added as straight lines), and
-- Dijkstra runs once from the start to all entrance vertices over the roads within :radius_deg of the point.
-- A null network_m means the entrance is not reachable within that part of the network.
WITH here AS (
    SELECT ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS g
), start AS (
    SELECT v.id, ST_Distance(v.geom::geography, h.g::geography) AS snap_m
    FROM here h CROSS JOIN LATERAL (SELECT id, geom FROM pub.road_vertices ORDER BY geom <-> h.g LIMIT 1) v
), ends AS (
    SELECT e.id AS entrance_id, e.shelter_id, v.id AS vertex_id, ST_Distance(v.geom::geography, e.geom::geography) AS snap_m
    FROM pub.entrances e
    CROSS JOIN LATERAL (SELECT id, geom FROM pub.road_vertices ORDER BY geom <-> e.geom LIMIT 1) v
    WHERE e.shelter_id = ANY (string_to_array(:shelter_ids, ',')::bigint[])
      AND e.kind IN (SELECT k.kind FROM pub.way_in_kinds k)
      AND (NOT :accessible OR e.accessible)
), cost AS (
    SELECT end_vid, agg_cost
    FROM pgr_dijkstraCost(
        format('SELECT id, source, target, cost_m AS cost, cost_m AS reverse_cost FROM pub.roads'
               ' WHERE geom && ST_Expand(ST_SetSRID(ST_MakePoint(%s, %s), 4326), %s)',
               :lon::double precision, :lat::double precision, :radius_deg::double precision),
        (SELECT id FROM start),
        ARRAY(SELECT DISTINCT vertex_id FROM ends),
        false)
)
SELECT e.shelter_id, e.entrance_id,
       CASE WHEN e.vertex_id = s.id THEN s.snap_m + e.snap_m
            ELSE s.snap_m + c.agg_cost + e.snap_m END AS network_m
FROM ends e
CROSS JOIN start s
LEFT JOIN cost c ON c.end_vid = e.vertex_id
