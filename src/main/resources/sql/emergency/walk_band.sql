-- The streets walkable within :metres of a point over the road network (pgRouting's driving distance), as an area:
-- the point snaps to its nearest network vertex (the snap leg is walked first, as in shelters/network_distances.sql);
-- every edge with a reached end contributes the part of it walkable in the remaining budget from either end; the
-- walked lines are widened by :half_width_m (EPSG:4549, metres) into one polygon. NULL when nothing is reachable.
WITH here AS (
    SELECT ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS g
), start AS (
    SELECT v.id, ST_Distance(v.geom::geography, h.g::geography) AS snap_m
    FROM here h CROSS JOIN LATERAL (SELECT id, geom FROM pub.road_vertices ORDER BY geom <-> h.g LIMIT 1) v
), budget AS (
    SELECT id, CAST(:metres AS double precision) - snap_m AS m FROM start WHERE snap_m < :metres
), reached AS (
    SELECT d.node, d.agg_cost
    FROM budget b, pgr_drivingDistance(
        format('SELECT id, source, target, cost_m AS cost, cost_m AS reverse_cost FROM pub.roads'
               ' WHERE geom && ST_Expand(ST_SetSRID(ST_MakePoint(%s, %s), 4326), %s)',
               :lon::double precision, :lat::double precision, :radius_deg::double precision),
        b.id, b.m, false) d
), edges AS (
    SELECT r.geom, r.cost_m,
           CASE WHEN s.node IS NULL THEN 0 ELSE least(1, ((SELECT m FROM budget) - s.agg_cost) / nullif(r.cost_m, 0)) END AS from_source,
           CASE WHEN t.node IS NULL THEN 0 ELSE least(1, ((SELECT m FROM budget) - t.agg_cost) / nullif(r.cost_m, 0)) END AS from_target
    FROM pub.roads r
    LEFT JOIN reached s ON s.node = r.source
    LEFT JOIN reached t ON t.node = r.target
    WHERE (s.node IS NOT NULL OR t.node IS NOT NULL)
      AND r.geom && ST_Expand((SELECT g FROM here), :radius_deg)
), walked AS (
    SELECT CASE WHEN coalesce(from_source, 1) + coalesce(from_target, 1) >= 1 THEN geom
                ELSE ST_Collect(ST_LineSubstring(geom, 0, greatest(from_source, 0)),
                                ST_LineSubstring(geom, 1 - greatest(from_target, 0), 1)) END AS geom
    FROM edges
    UNION ALL
    SELECT ST_MakeLine(h.g, v.geom) FROM here h, start s JOIN pub.road_vertices v ON v.id = s.id
)
SELECT ST_AsGeoJSON(ST_Transform(ST_Buffer(ST_Collect(ST_Transform(geom, 4549)), :half_width_m, 'quad_segs=4'), 4326), 6)
FROM walked
HAVING count(*) > 1
