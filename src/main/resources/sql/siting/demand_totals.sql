-- Population in scope (a district, or the whole register) and the part already covered by supply
-- (analysis.covered_cells, V11): as people and as staying people (× the staying share).
WITH cells AS (
    SELECT p.id, p.population FROM core.population p
    WHERE CAST(:district AS text) IS NULL
       OR EXISTS (SELECT 1 FROM core.districts d
                  WHERE d.code = CAST(:district AS text) AND ST_Intersects(d.geom, ST_Centroid(p.geom)))
), totals AS (
    SELECT coalesce(sum(c.population), 0)::float8 AS people,
           coalesce(sum(c.population) FILTER (WHERE h.cell_id IS NOT NULL), 0)::float8 AS covered_people
    FROM cells c
    LEFT JOIN analysis.covered_cells(:radius) h ON h.cell_id = c.id
)
SELECT people, covered_people, people * :staying_share AS total, covered_people * :staying_share AS covered
FROM totals
