-- The nearest public shelters to a point, by straight-line distance to their nearest usable entrance.
-- KNN (<->) over the entrance index in EPSG:4549 metres picks :candidates entrances, already filtered, so the LIMIT
-- counts only entrances that qualify; each shelter keeps its nearest entrance (geodesic distance), then the closest
-- :limit shelters win. Emergency exits are exits, not ways in; temporarily closed shelters are left out.
WITH here AS (
    SELECT ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS g
), candidate AS (
    SELECT e.id, e.shelter_id, e.kind, e.accessible, e.geom
    FROM pub.entrances e
    JOIN pub.shelters s ON s.id = e.shelter_id
    WHERE e.kind <> 'emergency'
      AND s.open_status <> 'closed'
      AND (NOT :accessible OR (e.accessible AND s.wheelchair_accessible))
      AND (NOT :parking OR s.has_parking)
      AND (NOT :ev OR s.ev_chargers > 0)
    ORDER BY ST_Transform(e.geom, 4549) <-> (SELECT ST_Transform(g, 4549) FROM here)
    LIMIT :candidates
), best AS (
    SELECT DISTINCT ON (c.shelter_id)
           c.shelter_id, c.id AS entrance_id, c.kind, c.accessible, c.geom,
           ST_Distance(c.geom::geography, h.g::geography) AS straight_m
    FROM candidate c CROSS JOIN here h
    ORDER BY c.shelter_id, straight_m, c.id
), top AS (
    SELECT * FROM best ORDER BY straight_m, shelter_id LIMIT :limit
)
SELECT s.id, s.code, s.name, s.address, s.district_name, s.capacity, s.open_status, s.wheelchair_accessible,
       s.has_parking, s.parking_spaces, s.parking_free, s.ev_chargers, s.signage_status, s.signage_year,
       ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat,
       t.entrance_id, t.kind AS entrance_kind, t.accessible AS entrance_accessible,
       ST_X(t.geom) AS entrance_lon, ST_Y(t.geom) AS entrance_lat, t.straight_m,
       (SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind, 'accessible', e.accessible,
                                          'lon', round(ST_X(e.geom)::numeric, 7), 'lat', round(ST_Y(e.geom)::numeric, 7))
                        ORDER BY e.id)
        FROM pub.entrances e WHERE e.shelter_id = s.id)::text AS entrances
FROM top t
JOIN pub.shelters s ON s.id = t.shelter_id
JOIN pub.shelter_points p ON p.id = t.shelter_id
ORDER BY t.straight_m, t.shelter_id
