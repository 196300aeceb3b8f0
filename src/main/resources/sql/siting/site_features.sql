-- Geometry of candidate sites as GeoJSON, and for chosen ones their coverage (the site buffered by the service radius
-- on the ellipsoid).
SELECT s.code,
       ST_AsGeoJSON(s.geom, 6) AS geometry,
       CASE WHEN s.id = ANY (string_to_array(:chosen, ',')::bigint[])
            THEN ST_AsGeoJSON(ST_Buffer(s.geom::geography, :radius)::geometry, 6) END AS coverage
FROM core.candidate_sites s
WHERE s.id = ANY (string_to_array(:ids, ',')::bigint[])
ORDER BY s.code
