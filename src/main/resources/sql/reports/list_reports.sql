-- Citizens' reports for staff, newest first, optionally of one status.
SELECT coalesce(json_agg(json_build_object(
           'id', r.id, 'category', r.category, 'shelter_id', r.shelter_id, 'work_code', r.work_code,
           'work_name', r.work_name, 'description', r.description, 'language', r.language, 'status', r.status,
           'assigned_to', r.assigned_to, 'staff_note', r.staff_note, 'created_at', r.created_at,
           'handled_at', r.handled_at, 'handled_by', r.handled_by, 'version', r.version,
           'lon', ST_X(r.geom), 'lat', ST_Y(r.geom)) ORDER BY r.created_at DESC, r.id DESC), '[]')::text
FROM (SELECT * FROM staff.reports
      WHERE CAST(:status AS text) IS NULL OR status = CAST(:status AS text)
      ORDER BY created_at DESC, id DESC LIMIT :limit) r
