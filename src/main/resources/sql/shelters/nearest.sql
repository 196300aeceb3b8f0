-- The nearest public shelters to a point, by straight-line distance to their nearest usable entrance.
-- KNN (<->) over the entrance index picks :candidates ways in (pub.way_in_kinds, the one definition of V11: by default
-- pedestrian and vehicle entrances; emergency exits are exits); each shelter
-- keeps its nearest way in, measured geodesically (the distance a citizen walks towards, and what common/Geodesic
-- measures for the in-memory index, ADR 0016); the shelter's filters apply; the closest :limit win.
-- The KNN runs in degrees (no per-row transform): a degree of longitude is shorter than one of latitude, so the
-- candidate cut is only trusted up to a bound the caller checks with horizon_deg/candidate_count (and widens when
-- the answer reaches beyond it; see NearestShelters). Temporarily closed shelters are left out, and so are shelters
-- staff report full or closed (pub.shelter_status, V16).
WITH candidate AS MATERIALIZED (
    SELECT e.id, e.shelter_id, e.kind, e.accessible, e.geom,
           e.geom <-> ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS deg
    FROM pub.entrances e
    WHERE e.kind IN (SELECT k.kind FROM pub.way_in_kinds k)
      AND (NOT :accessible OR e.accessible)
    ORDER BY e.geom <-> ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)
    LIMIT :candidates
), horizon AS (
    SELECT count(*) AS candidate_count, max(deg) AS horizon_deg FROM candidate
), best AS (
    SELECT DISTINCT ON (c.shelter_id)
           c.shelter_id, c.id AS entrance_id, c.kind, c.accessible, c.geom,
           ST_Distance(c.geom::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography) AS straight_m
    FROM candidate c
    ORDER BY c.shelter_id, straight_m, c.id
)
SELECT s.id, s.code, s.name, s.address, s.district_name, s.capacity, s.open_status, s.wheelchair_accessible,
       s.has_parking, s.parking_spaces, s.parking_free, s.ev_chargers, s.signage_status, s.signage_year,
       ST_X(s.geom) AS lon, ST_Y(s.geom) AS lat,
       b.entrance_id, b.kind AS entrance_kind, b.accessible AS entrance_accessible,
       ST_X(b.geom) AS entrance_lon, ST_Y(b.geom) AS entrance_lat, b.straight_m,
       (SELECT json_agg(json_build_object('id', e.id, 'kind', e.kind, 'accessible', e.accessible,
                                          'lon', round(ST_X(e.geom)::numeric, 7), 'lat', round(ST_Y(e.geom)::numeric, 7))
                        ORDER BY e.id)
        FROM pub.entrances e WHERE e.shelter_id = s.id)::text AS entrances,
       st.status, st.occupants, c.managing_unit, c.duty_phone, c.last_verified::text AS last_verified,
       h.candidate_count, h.horizon_deg
-- Shelters in distance order, looked up one by one (OFFSET 0 keeps the lookup an index probe rather than a join over
-- every shelter), so the LIMIT stops after the first :limit that pass the filters.
FROM (SELECT * FROM best ORDER BY straight_m, shelter_id) b
CROSS JOIN LATERAL (SELECT * FROM pub.shelter_points p WHERE p.id = b.shelter_id OFFSET 0) s
CROSS JOIN LATERAL (SELECT x.status, x.occupants FROM pub.shelter_status x WHERE x.id = s.id OFFSET 0) st
CROSS JOIN LATERAL (SELECT x.managing_unit, x.duty_phone, x.last_verified FROM pub.shelter_contacts x
                    WHERE x.id = s.id OFFSET 0) c
CROSS JOIN horizon h
WHERE s.open_status <> 'closed'
  AND st.status = 'open'
  AND (NOT :accessible OR s.wheelchair_accessible)
  AND (NOT :parking OR s.has_parking)
  AND (NOT :ev OR s.ev_chargers > 0)
ORDER BY b.straight_m, b.shelter_id
LIMIT :limit
