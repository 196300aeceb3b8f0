-- An entrance must lie in Nantong and near its work.
SELECT coalesce((SELECT bool_or(ST_Covers(d.geom, p)) FROM core.districts d WHERE d.geom && p), false) AS inside,
       ST_DWithin(p::geography, (SELECT footprint FROM core.works WHERE id = :id)::geography, :max_distance) AS near
FROM (SELECT ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS p) x
