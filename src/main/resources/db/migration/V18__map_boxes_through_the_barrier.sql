-- The public map layers' bounding boxes as plain numbers, so a map's box reaches the indexes through the security
-- barriers (issue 15, ADR 0018).
--
-- Every pub view is a security barrier (V9): a condition a caller adds is pushed into the view only when all its
-- functions are LEAKPROOF. PostGIS's && is not, so "geom && box" was applied after the whole view had been computed:
-- every map tile of the shelters, entrances or parking read every public shelter (with its joins and per-row entrance
-- count). Comparisons of double precision numbers are leakproof: a caller's "bbox_east >= west AND bbox_west <= east
-- AND ..." is pushed into the view and runs on the expression indexes below. The caller keeps "geom && box" as well;
-- it is exact on the same box, so the features drawn are the same.

CREATE INDEX works_footprint_west_idx ON core.works (ST_XMin(footprint));
CREATE INDEX works_footprint_east_idx ON core.works (ST_XMax(footprint));
CREATE INDEX works_footprint_south_idx ON core.works (ST_YMin(footprint));
CREATE INDEX works_footprint_north_idx ON core.works (ST_YMax(footprint));
CREATE INDEX entrances_lon_lat_idx ON core.entrances (ST_X(geom), ST_Y(geom));

-- The parking point (the first vehicle entrance of the work, else a point on its footprint) was computed for every row
-- of pub.parking on every read. It is stored now, kept by triggers, and indexed.
CREATE FUNCTION core.parking_point(p_work bigint) RETURNS geometry(Point, 4326)
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT coalesce((SELECT e.geom FROM core.entrances e WHERE e.work_id = p_work AND e.kind = 'vehicle'
                    ORDER BY e.id LIMIT 1),
                   (SELECT ST_PointOnSurface(w.footprint) FROM core.works w WHERE w.id = p_work))::geometry(Point, 4326) $$;

ALTER TABLE core.parking ADD COLUMN point geometry(Point, 4326);
UPDATE core.parking SET point = core.parking_point(work_id);
ALTER TABLE core.parking ALTER COLUMN point SET NOT NULL;
CREATE INDEX parking_point_idx ON core.parking USING gist (point);
CREATE INDEX parking_lon_lat_idx ON core.parking (ST_X(point), ST_Y(point));

CREATE FUNCTION core.parking_point_of_new_row() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN NEW.point := core.parking_point(NEW.work_id); RETURN NEW; END $$;
CREATE TRIGGER parking_point BEFORE INSERT OR UPDATE OF work_id, point ON core.parking
    FOR EACH ROW EXECUTE FUNCTION core.parking_point_of_new_row();

-- An entrance added, moved, re-kinded or removed, or a footprint redrawn, can move its work's parking point. Only a
-- point that changes is written (so an edit elsewhere does not touch core.parking).
CREATE FUNCTION core.parking_point_follows() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    works bigint[];
BEGIN
    IF TG_TABLE_NAME = 'entrances' THEN
        works := ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN OLD.work_id END, CASE WHEN TG_OP <> 'DELETE' THEN NEW.work_id END];
    ELSE
        works := ARRAY[NEW.id];
    END IF;
    UPDATE core.parking p SET point = core.parking_point(p.work_id)
    WHERE p.work_id = ANY (works) AND NOT ST_Equals(p.point, core.parking_point(p.work_id));
    RETURN NULL;
END
$$;
CREATE TRIGGER parking_point_follows_entrances AFTER INSERT OR UPDATE OF work_id, kind, geom OR DELETE ON core.entrances
    FOR EACH ROW EXECUTE FUNCTION core.parking_point_follows();
CREATE TRIGGER parking_point_follows_footprint AFTER UPDATE OF footprint ON core.works
    FOR EACH ROW EXECUTE FUNCTION core.parking_point_follows();

ANALYZE core.works;
ANALYZE core.entrances;
ANALYZE core.parking;

-- The views: columns as before, the box columns appended (degrees, EPSG:4326). Entrances and parking no longer join
-- the whole pub.shelters view (a barrier inside a barrier is computed in full, whatever the outer query asks) but the
-- works it is made of, with its rule: public_shelter and supply (V11's counts_as_supply, called from the view itself —
-- a function of ours wrapping it would be inlined with the caller's rights, and the public role may not see analysis).
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
       w.footprint AS geom,
       ST_XMin(w.footprint) AS bbox_west,
       ST_YMin(w.footprint) AS bbox_south,
       ST_XMax(w.footprint) AS bbox_east,
       ST_YMax(w.footprint) AS bbox_north
FROM core.works w
JOIN core.districts d ON d.code = w.district_code
LEFT JOIN core.signage s ON s.work_id = w.id
LEFT JOIN core.parking p ON p.work_id = w.id
WHERE w.public_shelter AND analysis.counts_as_supply(w.function, w.status);

CREATE OR REPLACE VIEW pub.entrances WITH (security_barrier) AS
SELECT e.id, e.work_id AS shelter_id, e.kind, e.accessible, e.geom,
       ST_X(e.geom) AS bbox_west, ST_Y(e.geom) AS bbox_south, ST_X(e.geom) AS bbox_east, ST_Y(e.geom) AS bbox_north
FROM core.entrances e
JOIN core.works w ON w.id = e.work_id
WHERE w.public_shelter AND analysis.counts_as_supply(w.function, w.status);

CREATE OR REPLACE VIEW pub.parking WITH (security_barrier) AS
SELECT w.id, w.code, w.name, w.address, w.district_code,
       p.total_spaces, p.public_spaces, p.free_spaces, p.free_spaces_at,
       p.ev_chargers_installed, p.ev_chargers_in_service, p.opening_hours, p.opened_year,
       p.point AS geom,
       ST_X(p.point) AS bbox_west, ST_Y(p.point) AS bbox_south, ST_X(p.point) AS bbox_east, ST_Y(p.point) AS bbox_north
FROM core.works w
JOIN core.parking p ON p.work_id = w.id
WHERE w.public_shelter AND analysis.counts_as_supply(w.function, w.status);
