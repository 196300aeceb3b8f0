-- Works for the editor's list: by code or name (a bound pattern), optionally by district and signage status.
SELECT coalesce(json_agg(x ORDER BY x.code), '[]')::text FROM (
  SELECT w.id, w.code, w.name, w.function, w.district_code, w.public_shelter, w.status, w.version,
         coalesce(s.status, 'none') AS signage_status, coalesce(s.version, 0) AS signage_version,
         p.total_spaces AS parking_spaces, coalesce(p.version, 0) AS parking_version,
         round(ST_X(ST_PointOnSurface(w.footprint))::numeric, 6) AS lon, round(ST_Y(ST_PointOnSurface(w.footprint))::numeric, 6) AS lat
  FROM core.works w
  LEFT JOIN core.signage s ON s.work_id = w.id
  LEFT JOIN core.parking p ON p.work_id = w.id
  WHERE (CAST(:q AS text) IS NULL OR w.code ILIKE :q ESCAPE '\' OR w.name ILIKE :q ESCAPE '\')
    AND (CAST(:district AS text) IS NULL OR w.district_code = :district)
    AND (CAST(:ids AS bigint[]) IS NULL OR w.id = ANY(CAST(:ids AS bigint[])))
    AND (CAST(:signage AS text) IS NULL OR coalesce(s.status, 'none') = :signage)
  ORDER BY w.code
  LIMIT :limit
) x
