-- Demand a new site could newly cover: population cells (by their centre) within the service radius of at least one
-- eligible candidate and not within the radius of an entrance of a personnel shelter in service. Each row lists the
-- candidates that cover the cell; weight = population × staying share.
WITH sites AS (
    SELECT s.id, s.geom FROM core.candidate_sites s
    WHERE s.id = ANY (string_to_array(:ids, ',')::bigint[])
), cells AS (
    SELECT p.id, p.population, ST_Centroid(p.geom) AS centre, s.id AS site
    FROM core.population p
    JOIN sites s ON p.geom && core.expand_m(s.geom, :radius)
                AND ST_DWithin(ST_Centroid(p.geom)::geography, s.geom::geography, :radius)
    WHERE p.population > 0
)
SELECT c.id, max(c.population)::float8 * :staying_share AS weight, string_agg(c.site::text, ',') AS sites
FROM cells c
WHERE NOT EXISTS (
    SELECT 1 FROM core.entrances e JOIN core.works w ON w.id = e.work_id
    WHERE w.status = 'in_service' AND w.function IN ('personnel_1', 'personnel_2') AND e.kind <> 'emergency'
      AND e.geom && core.expand_m(c.centre, :radius)
      AND ST_DWithin(e.geom::geography, c.centre::geography, :radius))
GROUP BY c.id
