-- One definition of supply (ADR 0007): which works count, which entrances count as ways in, and how distance is
-- measured, written here once and used by coverage (V4), site selection (sql/siting), the nearest-shelter search
-- (sql/shelters, through pub), the public views, the stats and the exports.
--
--   * works: personnel shelters (personnel_1, personnel_2) in service — analysis.counts_as_supply(function, status).
--     Planners count them all; a public outlet adds public_shelter (pub.shelters).
--   * ways in: entrances of those works whose kind is in the setting supply_entrance_kinds (default pedestrian and
--     vehicle entrances; emergency exits are exits) — analysis.way_in_kinds. A work with no way in recorded serves
--     from a point on its footprint (analysis.service_points).
--   * distance: planar metres in EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E) — analysis.metric(geometry);
--     a population cell is measured from its centroid (core.population.centroid_4549, the same transform) and is
--     covered when that point lies within the radius of a service point — analysis.covered_cells(radius, run).
--
-- The views run with their owner's rights and are security barriers: the public role reaches them only through pub
-- views, never directly (it has no grant on analysis or core).

INSERT INTO core.settings (key, value) VALUES ('supply_entrance_kinds', 'pedestrian,vehicle')
ON CONFLICT (key) DO NOTHING;

-- Which works count as supply. IMMUTABLE and plain SQL, so it is inlined wherever it is used and indexes still apply.
CREATE FUNCTION analysis.counts_as_supply(p_function text, p_status text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT p_function IN ('personnel_1', 'personnel_2') AND p_status = 'in_service' $$;

-- The one metric: EPSG:4549 metres (the expression indexes of V4 are on exactly this transform).
CREATE FUNCTION analysis.metric(g geometry) RETURNS geometry
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$ SELECT ST_Transform(g, 4549) $$;

-- Which entrance kinds are ways in (the setting; an unknown kind in it simply matches nothing).
CREATE VIEW analysis.way_in_kinds WITH (security_barrier) AS
SELECT DISTINCT btrim(k) AS kind
FROM core.settings s, unnest(string_to_array(s.value, ',')) AS k
WHERE s.key = 'supply_entrance_kinds' AND btrim(k) <> '';

CREATE VIEW analysis.supply_works WITH (security_barrier) AS
SELECT w.id, w.code, w.name, w.district_code, w.public_shelter, w.sheltering_area, w.footprint
FROM core.works w
WHERE analysis.counts_as_supply(w.function, w.status);

CREATE VIEW analysis.supply_entrances WITH (security_barrier) AS
SELECT e.id, e.work_id, e.kind, e.accessible, w.public_shelter, e.geom, analysis.metric(e.geom) AS geom_m
FROM core.entrances e
JOIN analysis.supply_works w ON w.id = e.work_id
WHERE e.kind IN (SELECT kind FROM analysis.way_in_kinds);

-- The points supply serves from: its ways in, or a point on the footprint of a work with none recorded.
CREATE VIEW analysis.service_points WITH (security_barrier) AS
SELECT e.work_id, e.id AS entrance_id, e.public_shelter, e.geom, e.geom_m
FROM analysis.supply_entrances e
UNION ALL
SELECT w.id, NULL::bigint, w.public_shelter, ST_PointOnSurface(w.footprint), analysis.metric(ST_PointOnSurface(w.footprint))
FROM analysis.supply_works w
WHERE NOT EXISTS (SELECT 1 FROM analysis.supply_entrances e WHERE e.work_id = w.id);

-- Supply points of a coverage run in EPSG:4549: the register's service points and the run's hypothetical works
-- (their whole geometry: a polygon serves from its edge). A null run has no hypothetical works.
CREATE OR REPLACE FUNCTION analysis.supply_points(p_run bigint)
    RETURNS TABLE (work_id bigint, hypothetical boolean, geom geometry)
    LANGUAGE sql STABLE AS
$$
    SELECT s.work_id, false, s.geom_m FROM analysis.service_points s
    UNION ALL
    SELECT -h.no, true, analysis.metric(h.geom) FROM analysis.run_whatif_works h WHERE h.run_id = p_run
$$;

-- The cells covered in a straight line: a cell whose centroid lies within p_radius metres of a supply point. Driven
-- from the supply side (a few thousand probes of the cells' centroid index).
CREATE FUNCTION analysis.covered_cells(p_radius double precision, p_run bigint DEFAULT NULL)
    RETURNS TABLE (cell_id bigint)
    LANGUAGE sql STABLE AS
$$
    SELECT DISTINCT p.id
    FROM analysis.supply_points(p_run) s
    JOIN core.population p ON ST_DWithin(p.centroid_4549, s.geom, p_radius)
$$;

CREATE OR REPLACE FUNCTION analysis.cover_euclidean(p_run bigint, p_radius double precision) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO cov_hit
    SELECT c.cell_id FROM cov_cells c
    WHERE c.cell_id IN (SELECT h.cell_id FROM analysis.covered_cells(p_radius, p_run) h);
END
$$;

-- The coverage computation of V4, unchanged but for the one line that picks the works whose sheltering area a unit
-- provides (now analysis.counts_as_supply; the function is inlined, so the footprint index still applies).
CREATE OR REPLACE FUNCTION analysis.compute_coverage(p_run bigint) RETURNS void
    LANGUAGE plpgsql SET jit = off SET work_mem = '256MB' AS
$$
DECLARE
    r analysis.runs;
    t0 timestamptz := clock_timestamp();
BEGIN
    SELECT * INTO STRICT r FROM analysis.runs WHERE id = p_run;

    CREATE TEMP TABLE cov_units ON COMMIT DROP AS
        SELECT id, code, name, district_code, planned_population, geom, ST_Transform(geom, 4549) AS g
        FROM core.plan_units WHERE r.unit_codes IS NULL OR code = ANY (r.unit_codes);

    -- Each cell goes to one unit: the one containing its centroid (the lowest id on a shared border).
    CREATE TEMP TABLE cov_cells ON COMMIT DROP AS
        SELECT DISTINCT ON (p.id) p.id AS cell_id, u.id AS unit_id, p.population, p.centroid_4549 AS centroid
        FROM cov_units u JOIN core.population p ON ST_Intersects(u.g, p.centroid_4549)
        ORDER BY p.id, u.id;
    CREATE TEMP TABLE cov_hit (cell_id bigint) ON COMMIT DROP;  -- unique by construction; joined by hash

    IF r.distance_mode = 'network' THEN
        PERFORM analysis.cover_network(p_run, r.radius_m);
    ELSE
        PERFORM analysis.cover_euclidean(p_run, r.radius_m);
    END IF;

    INSERT INTO analysis.run_units (run_id, unit_id, unit_code, unit_name, district_code, planned_population,
            cell_population, staying_population, required_area, provided_area, whatif_area, shelter_count,
            area_per_staying, balance_area, covered_population, covered_share, uncovered_population)
    SELECT p_run, u.id, u.code, u.name, u.district_code, u.planned_population,
           d.pop, s.staying, s.staying * r.m2_per_person, a.area + h.area, h.area, a.n,
           (a.area + h.area) / nullif(s.staying, 0),
           a.area + h.area - s.staying * r.m2_per_person,
           d.covered, d.covered::double precision / nullif(d.pop, 0), d.pop - d.covered
    FROM cov_units u
    LEFT JOIN (SELECT c.unit_id, sum(c.population) AS pop,
                      coalesce(sum(c.population) FILTER (WHERE h.cell_id IS NOT NULL), 0) AS covered
               FROM cov_cells c LEFT JOIN cov_hit h ON h.cell_id = c.cell_id
               GROUP BY c.unit_id) dc ON dc.unit_id = u.id
    CROSS JOIN LATERAL (SELECT coalesce(dc.pop, 0) AS pop, coalesce(dc.covered, 0) AS covered) d
    CROSS JOIN LATERAL (SELECT r.staying_share * CASE r.population_basis WHEN 'planned' THEN u.planned_population
                                                                          ELSE d.pop END AS staying) s
    CROSS JOIN LATERAL (SELECT coalesce(sum(w.sheltering_area), 0)::double precision AS area, count(*)::integer AS n
                        FROM core.works w
                        WHERE analysis.counts_as_supply(w.function, w.status)
                          AND w.footprint && u.geom AND ST_Intersects(u.geom, ST_PointOnSurface(w.footprint))) a
    CROSS JOIN LATERAL (SELECT coalesce(sum(w.sheltering_area), 0) AS area
                        FROM analysis.run_whatif_works w
                        WHERE w.run_id = p_run AND ST_Intersects(u.geom, ST_PointOnSurface(w.geom))) h;

    -- Uncovered cells merged into connected gaps per unit (cells touching, even at a corner, are connected; 1e-6° is
    -- about 10 cm). Geometry stays in lon/lat, where the cells are stored, snapped to 1e-7° (~1 cm) so shared edges
    -- meet exactly. Cells that are axis-aligned rectangles in lon/lat (the sample's grid) are first merged into
    -- strips along each row, then strips of the same span into blocks down each column: the final dissolve then
    -- has a fraction of the pieces (x1 sample: 33,000 cells -> ~3,000 blocks). Other cells go in as they are.
    CREATE TEMP TABLE cov_gapcells ON COMMIT DROP AS
        SELECT c.unit_id, c.cell_id, c.population, g, ST_XMin(g) AS x0, ST_YMin(g) AS y0, ST_XMax(g) AS x1,
               ST_YMax(g) AS y1, ST_NPoints(g) = 5 AND ST_Area(g) >= ST_Area(ST_Envelope(g)) * (1 - 1e-9) AS rect
        FROM (SELECT c.unit_id, c.cell_id, c.population FROM cov_cells c
              WHERE NOT EXISTS (SELECT 1 FROM cov_hit h WHERE h.cell_id = c.cell_id) OFFSET 0) c  -- filter first
        JOIN core.population p ON p.id = c.cell_id
        CROSS JOIN LATERAL ST_SnapToGrid(p.geom, 1e-7) AS g;
    CREATE TEMP TABLE cov_strips ON COMMIT DROP AS
        SELECT unit_id, min(cell_id) AS id, sum(population) AS pop, count(*) AS n, bool_and(rect) AS rect,
               min(x0) AS x0, min(y0) AS y0, max(x1) AS x1, max(y1) AS y1,
               CASE WHEN count(*) = 1 THEN (array_agg(g))[1] END AS g
        FROM (SELECT *, sum(CASE WHEN joins THEN 0 ELSE 1 END) OVER (PARTITION BY unit_id ORDER BY y0, x0, cell_id) AS k
              FROM (SELECT *, coalesce(rect AND lag(rect) OVER w AND x0 = lag(x1) OVER w AND y0 = lag(y0) OVER w
                                       AND y1 = lag(y1) OVER w, false) AS joins
                    FROM cov_gapcells WINDOW w AS (PARTITION BY unit_id ORDER BY y0, x0, cell_id)) a) b
        GROUP BY unit_id, k;
    CREATE TEMP TABLE cov_blocks ON COMMIT DROP AS
        SELECT unit_id, sum(pop) AS pop, sum(n) AS n,
               CASE WHEN bool_and(rect) THEN ST_MakeEnvelope(min(x0), min(y0), max(x1), max(y1), 4326)
                    ELSE (array_agg(g))[1] END AS geom
        FROM (SELECT *, sum(CASE WHEN joins THEN 0 ELSE 1 END) OVER (PARTITION BY unit_id ORDER BY x0, x1, y0, id) AS k
              FROM (SELECT *, coalesce(rect AND lag(rect) OVER w AND x0 = lag(x0) OVER w AND x1 = lag(x1) OVER w
                                       AND y0 = lag(y1) OVER w, false) AS joins
                    FROM cov_strips WINDOW w AS (PARTITION BY unit_id ORDER BY x0, x1, y0, id)) a) b
        GROUP BY unit_id, k;
    -- The dissolve is a zero-width buffer of the collected blocks: the same polygons as ST_Union here (valid,
    -- edge-sharing rectangles) in about half the time.
    INSERT INTO analysis.run_uncovered (run_id, unit_id, gap_no, population, cells, area_m2, geom)
    SELECT p_run, unit_id, gap + 1, pop, n, ST_Area(ST_Transform(u, 4549)), ST_Multi(ST_CollectionExtract(u, 3))
    FROM (SELECT unit_id, gap, sum(pop) AS pop, sum(n) AS n, ST_Buffer(ST_Collect(geom), 0) AS u
          FROM (SELECT unit_id, pop, n, geom, ST_ClusterDBSCAN(geom, 1e-6, 1) OVER (PARTITION BY unit_id) AS gap
                FROM cov_blocks) clustered
          GROUP BY unit_id, gap) g;

    UPDATE analysis.runs SET duration_ms = extract(epoch FROM clock_timestamp() - t0) * 1000 WHERE id = p_run;
    DROP TABLE cov_blocks, cov_strips, cov_gapcells, cov_hit, cov_cells, cov_units;
END
$$;

-- ---------------------------------------------------------------- the public side, on the same definition

-- The public shelters: supply designated for public sheltering (columns unchanged from V2).
CREATE OR REPLACE VIEW pub.shelters WITH (security_barrier) AS
SELECT w.id,
       w.code,
       w.name,
       w.address,
       w.district_code,
       d.name_zh AS district_name,
       -- Inlined rather than core.effective_capacity(): functions run with the caller's rights, subqueries with the view's.
       coalesce(w.capacity, floor(w.sheltering_area / (SELECT value::numeric FROM core.settings WHERE key = 'm2_per_person'))::integer) AS capacity,
       w.open_status,
       w.wheelchair_accessible,
       w.peacetime_use,
       coalesce(s.status, 'none') AS signage_status,
       s.year_upgraded AS signage_year,
       (p.work_id IS NOT NULL) AS has_parking,
       p.total_spaces AS parking_spaces,
       p.free_spaces AS parking_free,
       coalesce(p.ev_chargers_in_service, 0) AS ev_chargers,
       (SELECT count(*) FROM core.entrances e WHERE e.work_id = w.id)::integer AS entrance_count,
       w.changed_at,
       w.footprint AS geom
FROM core.works w
JOIN core.districts d ON d.code = w.district_code
LEFT JOIN core.signage s ON s.work_id = w.id
LEFT JOIN core.parking p ON p.work_id = w.id
WHERE w.public_shelter
  AND analysis.counts_as_supply(w.function, w.status);

-- The entrance kinds that are ways in, for the public nearest-shelter search (which reads pub.entrances, all of a
-- public shelter's entrances, and keeps these).
CREATE VIEW pub.way_in_kinds WITH (security_barrier) AS
SELECT kind FROM analysis.way_in_kinds;

GRANT SELECT ON pub.way_in_kinds TO ${public_role};

-- The one metric for the public role, which has no usage on schema analysis: the same function, run as its owner.
-- It only transforms the geometry it is given; it reads no table.
CREATE FUNCTION pub.metric(g geometry) RETURNS geometry
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE SECURITY DEFINER SET search_path = pg_catalog, public AS
$$ SELECT analysis.metric(g) $$;
REVOKE ALL ON FUNCTION pub.metric(geometry) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pub.metric(geometry) TO ${public_role};
