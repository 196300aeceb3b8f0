-- Candidate sites with their cost, capacity, context and what may exclude them:
--   a hazard closer than its clearance (GB 50038-2005 §3.1.3), an existing work whose footprint overlaps the site
--   (touching is not overlapping), too little buildable area (checked by the caller against the setting).
-- Distances to hazards and for parking are geodesic metres (geography); "&& core.expand_m(g, m)" is a degree box at
-- least m metres around g (V5) that lets the GiST indexes pick the rows before the exact geography test. The distance
-- to the nearest existing supply is measured as supply is (V11).
WITH supply AS MATERIALIZED (SELECT geom_m FROM analysis.service_points)
SELECT s.id, s.code, s.name, s.kind, s.district_code,
       s.buildable_area::float8 AS buildable_area,
       coalesce(s.cost, s.buildable_area * coalesce(s.unit_cost, :unit_cost))::float8 AS cost,
       floor(s.buildable_area * :sheltering_share / :m2_per_person)::bigint AS capacity,
       ST_X(ST_PointOnSurface(s.geom)) AS lon, ST_Y(ST_PointOnSurface(s.geom)) AS lat,
       hz.name AS hazard, hz.distance_m AS hazard_distance_m, hz.clearance_m AS hazard_clearance_m,
       ov.code AS overlapping_work,
       nearest.distance_m AS nearest_existing_m,
       park.demand AS parking_demand
FROM core.candidate_sites s
CROSS JOIN LATERAL (SELECT analysis.metric(s.geom) AS geom_m) site
LEFT JOIN LATERAL (
    SELECT h.name, h.clearance_m::float8 AS clearance_m,
           ST_Distance(h.geom::geography, s.geom::geography) AS distance_m
    FROM core.hazards h
    WHERE h.geom && core.expand_m(s.geom, h.clearance_m)
      AND ST_Distance(h.geom::geography, s.geom::geography) < h.clearance_m
    ORDER BY ST_Distance(h.geom::geography, s.geom::geography) - h.clearance_m
    LIMIT 1) hz ON true
LEFT JOIN LATERAL (
    SELECT w.code FROM core.works w
    WHERE w.status <> 'decommissioned'
      AND ST_Intersects(w.footprint, s.geom) AND NOT ST_Touches(w.footprint, s.geom)
    LIMIT 1) ov ON true
LEFT JOIN LATERAL (
    -- The nearest point supply serves from (analysis.service_points, V11), measured like supply (analysis.metric).
    SELECT min(ST_Distance(sp.geom_m, site.geom_m)) AS distance_m FROM supply sp) nearest ON true
LEFT JOIN LATERAL (
    -- Peacetime parking demand: cars of the residents around the site less the public spaces already there.
    SELECT greatest(0, coalesce(sum(p.population), 0) * :vehicles_per_resident - coalesce((
               SELECT sum(pk.public_spaces) FROM core.parking pk JOIN core.works w ON w.id = pk.work_id
               WHERE w.footprint && core.expand_m(s.geom, :parking_radius)
                 AND ST_DWithin(w.footprint::geography, s.geom::geography, :parking_radius)), 0))::float8 AS demand
    FROM core.population p
    WHERE p.geom && core.expand_m(s.geom, :parking_radius)
      AND ST_DWithin(ST_Centroid(p.geom)::geography, s.geom::geography, :parking_radius)) park ON true
WHERE (CAST(:district AS text) IS NULL OR s.district_code = CAST(:district AS text))
ORDER BY s.code
