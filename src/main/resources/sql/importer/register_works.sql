-- The register of works as a workbook row each: attributes, parking, signage, and the work's point (a point on its
-- footprint, in CGCS2000 degrees). The export writes it; the register import matches and compares rows against it.
SELECT w.id, w.version, w.code, w.name, w.address, w.function, w.protection_level, w.chemical_grade,
       w.construction_mode, w.district_code, d.name_zh AS district_name, w.building_area, w.protected_area,
       w.sheltering_area, w.capacity, w.completion_year, w.status, w.managing_unit, w.duty_phone, w.last_verified, w.public_shelter,
       w.wheelchair_accessible, w.peacetime_use, w.open_status, w.footprint_provisional,
       p.total_spaces AS parking_spaces, p.ev_chargers_installed AS ev_chargers, p.version AS parking_version,
       s.status AS signage_status, s.year_upgraded AS signage_year, s.version AS signage_version,
       round(ST_X(ST_PointOnSurface(w.footprint))::numeric, 7) AS lon,
       round(ST_Y(ST_PointOnSurface(w.footprint))::numeric, 7) AS lat
FROM core.works w
JOIN core.districts d ON d.code = w.district_code
LEFT JOIN core.parking p ON p.work_id = w.id
LEFT JOIN core.signage s ON s.work_id = w.id
ORDER BY w.district_code, w.code
