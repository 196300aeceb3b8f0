-- Staying population in scope (a district, or the whole register) and the part already within the service radius
-- of an entrance of a personnel shelter in service.
WITH cells AS (
    SELECT p.population, ST_Centroid(p.geom) AS centre FROM core.population p
    WHERE CAST(:district AS text) IS NULL
       OR EXISTS (SELECT 1 FROM core.districts d
                  WHERE d.code = CAST(:district AS text) AND ST_Intersects(d.geom, ST_Centroid(p.geom)))
)
SELECT coalesce(sum(c.population), 0)::float8 * :staying_share AS total,
       coalesce(sum(c.population) FILTER (WHERE EXISTS (
           SELECT 1 FROM core.entrances e JOIN core.works w ON w.id = e.work_id
           WHERE w.status = 'in_service' AND w.function IN ('personnel_1', 'personnel_2') AND e.kind <> 'emergency'
             AND e.geom && core.expand_m(c.centre, :radius)
             AND ST_DWithin(e.geom::geography, c.centre::geography, :radius))), 0)::float8 * :staying_share AS covered
FROM cells c
