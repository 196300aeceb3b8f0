-- Demand a new site could newly cover: population cells (by their centre) within the service radius of at least one
-- eligible candidate and not already covered by supply (analysis.covered_cells: the one definition of which works and
-- entrances count and how far they reach, V11). Each row lists the candidates that cover the cell;
-- weight = population × staying share. A site serves from its whole geometry, measured like supply (analysis.metric).
WITH sites AS (
    SELECT s.id, analysis.metric(s.geom) AS geom_m FROM core.candidate_sites s
    WHERE s.id = ANY (string_to_array(:ids, ',')::bigint[])
), cells AS (
    SELECT p.id, p.population, s.id AS site
    FROM sites s
    JOIN core.population p ON ST_DWithin(p.centroid_4549, s.geom_m, :radius)
    WHERE p.population > 0
)
SELECT c.id, max(c.population)::float8 * :staying_share AS weight, string_agg(c.site::text, ',') AS sites
FROM cells c
WHERE c.id NOT IN (SELECT h.cell_id FROM analysis.covered_cells(:radius) h)
GROUP BY c.id
