-- Two outlets over the register, each a schema of views:
--   pub   — what anyone may see: personnel shelters designated for public sheltering and in service, with public
--           attributes only. Read by the role ${public_role}, which has no grant on core: a public outlet cannot
--           reach a restricted work even by mistake.
--   staff — every work with every attribute, for planners, editors and trusted GIS clients.
-- Views run with their owner's rights, so ${public_role} needs grants on pub alone.

CREATE SCHEMA pub;
CREATE SCHEMA staff;

CREATE VIEW pub.shelters AS
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
  AND w.function IN ('personnel_1', 'personnel_2')
  AND w.status = 'in_service';

-- The same shelters as points (a point on the footprint), for markers and small-scale maps.
CREATE VIEW pub.shelter_points AS
SELECT id, code, name, address, district_code, district_name, capacity, open_status, wheelchair_accessible,
       peacetime_use, signage_status, signage_year, has_parking, parking_spaces, parking_free, ev_chargers,
       entrance_count, changed_at, ST_PointOnSurface(geom)::geometry(Point, 4326) AS geom
FROM pub.shelters;

CREATE VIEW pub.entrances AS
SELECT e.id, e.work_id AS shelter_id, e.kind, e.accessible, e.geom
FROM core.entrances e
JOIN pub.shelters s ON s.id = e.work_id;

CREATE VIEW pub.parking AS
SELECT s.id, s.code, s.name, s.address, s.district_code,
       p.total_spaces, p.public_spaces, p.free_spaces, p.free_spaces_at,
       p.ev_chargers_installed, p.ev_chargers_in_service, p.opening_hours, p.opened_year,
       coalesce((SELECT e.geom FROM core.entrances e WHERE e.work_id = s.id AND e.kind = 'vehicle' ORDER BY e.id LIMIT 1),
                ST_PointOnSurface(s.geom))::geometry(Point, 4326) AS geom
FROM pub.shelters s
JOIN core.parking p ON p.work_id = s.id;

CREATE VIEW pub.districts AS
-- The adcode (a number) serves as the id every layer has.
SELECT code::integer AS id, code, name_zh, name_en, main_urban, geom FROM core.districts;

CREATE VIEW pub.plan_units AS
SELECT id, code, name, district_code, planned_population, geom FROM core.plan_units;

CREATE VIEW pub.pois AS
SELECT id, kind, name, address, geom FROM core.pois;

CREATE VIEW pub.code_labels AS
SELECT domain, code, label_zh, label_en FROM core.code_labels
WHERE domain IN ('open_status', 'peacetime_use', 'entrance_kind', 'signage_status', 'poi_kind');

CREATE VIEW pub.data_version AS SELECT changed_at, serial FROM core.data_version;

-- ---------------------------------------------------------------- staff outlet

CREATE VIEW staff.works AS
SELECT w.id, w.code, w.name, w.function, w.protection_level, w.chemical_grade, w.construction_mode,
       w.district_code, w.address, w.building_area, w.protected_area, w.sheltering_area,
       core.effective_capacity(w.capacity, w.sheltering_area) AS capacity,
       w.completion_year, w.status, w.managing_unit, w.public_shelter, w.wheelchair_accessible,
       w.peacetime_use, w.open_status, coalesce(s.status, 'none') AS signage_status, s.year_upgraded AS signage_year,
       s.last_inspection AS signage_inspected, p.total_spaces AS parking_spaces, p.opened_year AS parking_opened_year,
       coalesce(p.ev_chargers_installed, 0) AS ev_chargers_installed,
       w.version, w.changed_at, w.changed_by, w.footprint AS geom
FROM core.works w
LEFT JOIN core.signage s ON s.work_id = w.id
LEFT JOIN core.parking p ON p.work_id = w.id;

CREATE VIEW staff.entrances AS
SELECT e.id, e.work_id, w.code AS work_code, e.kind, e.accessible, e.geom
FROM core.entrances e JOIN core.works w ON w.id = e.work_id;

CREATE VIEW staff.population AS
SELECT id, kind, population, geom FROM core.population;

CREATE VIEW staff.candidate_sites AS
SELECT id, code, kind, name, district_code, buildable_area, unit_cost,
       coalesce(cost, buildable_area * unit_cost) AS cost, geom
FROM core.candidate_sites;

CREATE VIEW staff.hazards AS
SELECT id, name, kind, clearance_m, geom FROM core.hazards;

-- ---------------------------------------------------------------- grants

GRANT USAGE ON SCHEMA pub TO ${public_role};
GRANT SELECT ON ALL TABLES IN SCHEMA pub TO ${public_role};
ALTER DEFAULT PRIVILEGES IN SCHEMA pub GRANT SELECT ON TABLES TO ${public_role};
REVOKE ALL ON SCHEMA core FROM PUBLIC;
REVOKE ALL ON SCHEMA staff FROM PUBLIC;
