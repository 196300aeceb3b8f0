-- Coverage that grows linearly with the data (issue 15, docs/benchmarks.md "Coverage analysis").
--
-- The rule is unchanged (V11): a cell is covered when its centroid lies within p_radius metres of a supply point.
-- What changes is how it is evaluated. V11 listed every (supply point, cell) pair within the radius and then removed
-- duplicates: with the city's area fixed, ten times the works and ten times finer cells give a hundred times the pairs
-- (x100 sample: 185 million pairs for 3.3 million covered cells). Here:
--
--   1. The plane is cut into squares of side radius/√2 (a hair less): two points in the same square are less than
--      the radius apart. Every cell whose centroid falls in a square holding a supply point is covered — one hash
--      semi-join, no distance computed (x100: most covered cells).
--   2. Cells in the other squares can only be reached from a supply point at most two squares away. For each such
--      (occupied square, empty neighbour square) pair, each supply point of the occupied square probes the cells'
--      centroid index with the part of its radius box that lies in the empty square, and ST_DWithin decides.
--   3. Supply that is not a point (a hypothetical work drawn as a polygon) is matched as before.
--
-- Each covered cell is still found by the same ST_DWithin test or by a test that implies it, and every cell that
-- ST_DWithin would find is found (a point covering a cell lies within two squares of it), so the set is identical;
-- the coverage tests and the "same covered population in both consoles" test check it.
CREATE OR REPLACE FUNCTION analysis.covered_cells(p_radius double precision, p_run bigint DEFAULT NULL)
    RETURNS TABLE (cell_id bigint)
    LANGUAGE sql STABLE AS
$$
    WITH side AS (SELECT p_radius / sqrt(2.0) * (1 - 1e-9) AS s),
    supply AS MATERIALIZED (
        SELECT sp.geom, pt,
               CASE WHEN pt THEN floor(ST_X(sp.geom) / side.s)::bigint END AS gx,
               CASE WHEN pt THEN floor(ST_Y(sp.geom) / side.s)::bigint END AS gy
        FROM analysis.supply_points(p_run) sp
        CROSS JOIN side
        CROSS JOIN LATERAL (SELECT GeometryType(sp.geom) = 'POINT' AS pt) t),
    occupied AS MATERIALIZED (SELECT DISTINCT gx, gy FROM supply WHERE pt),
    offsets AS (SELECT dx, dy FROM generate_series(-2, 2) dx, generate_series(-2, 2) dy WHERE (dx, dy) <> (0, 0)),
    -- Occupied squares next to an empty one (qx, qy), at most two squares away.
    frontier AS MATERIALIZED (
        SELECT o.gx, o.gy, o.gx + d.dx AS qx, o.gy + d.dy AS qy
        FROM occupied o CROSS JOIN offsets d
        WHERE NOT EXISTS (SELECT 1 FROM occupied n WHERE n.gx = o.gx + d.dx AND n.gy = o.gy + d.dy)),
    -- A probe box: the point's radius box cut to the empty square (1 mm wider, so rounding loses no cell).
    probes AS (
        SELECT sp.geom, f.qx, f.qy,
               ST_MakeEnvelope(greatest(f.qx * side.s, ST_X(sp.geom) - p_radius) - 1e-3,
                               greatest(f.qy * side.s, ST_Y(sp.geom) - p_radius) - 1e-3,
                               least((f.qx + 1) * side.s, ST_X(sp.geom) + p_radius) + 1e-3,
                               least((f.qy + 1) * side.s, ST_Y(sp.geom) + p_radius) + 1e-3, 4549) AS box
        FROM frontier f
        JOIN supply sp ON sp.pt AND sp.gx = f.gx AND sp.gy = f.gy
        CROSS JOIN side
        WHERE greatest(f.qx * side.s, ST_X(sp.geom) - p_radius) <= least((f.qx + 1) * side.s, ST_X(sp.geom) + p_radius)
          AND greatest(f.qy * side.s, ST_Y(sp.geom) - p_radius) <= least((f.qy + 1) * side.s, ST_Y(sp.geom) + p_radius)),
    -- Cells of an empty square reached from a point: the square is checked as the cells are (same arithmetic), so
    -- none of them is also counted among the cells of occupied squares.
    reached AS (
        SELECT p.id
        FROM probes b
        JOIN core.population p ON p.centroid_4549 && b.box AND ST_DWithin(p.centroid_4549, b.geom, p_radius)
         AND floor(ST_X(p.centroid_4549) / (p_radius / sqrt(2.0) * (1 - 1e-9)))::bigint = b.qx
         AND floor(ST_Y(p.centroid_4549) / (p_radius / sqrt(2.0) * (1 - 1e-9)))::bigint = b.qy),
    -- Cells reached by supply that is not a point, outside the occupied squares.
    beyond AS (
        SELECT p.id
        FROM supply sp JOIN core.population p ON ST_DWithin(p.centroid_4549, sp.geom, p_radius)
        WHERE NOT sp.pt
          AND NOT EXISTS (SELECT 1 FROM occupied o
                          WHERE o.gx = floor(ST_X(p.centroid_4549) / (p_radius / sqrt(2.0) * (1 - 1e-9)))::bigint
                            AND o.gy = floor(ST_Y(p.centroid_4549) / (p_radius / sqrt(2.0) * (1 - 1e-9)))::bigint))
    -- Cells whose square holds a supply point (the square's side inlined: a per-row constant, no join).
    SELECT p.id
    FROM core.population p
    WHERE EXISTS (SELECT 1 FROM occupied o
                  WHERE o.gx = floor(ST_X(p.centroid_4549) / (p_radius / sqrt(2.0) * (1 - 1e-9)))::bigint
                    AND o.gy = floor(ST_Y(p.centroid_4549) / (p_radius / sqrt(2.0) * (1 - 1e-9)))::bigint)
    UNION ALL
    SELECT id FROM (SELECT id FROM reached UNION SELECT id FROM beyond) outside
$$;
