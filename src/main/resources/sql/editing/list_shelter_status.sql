-- The public shelters with their live status, for the staff status page: by code or name (substring) and district,
-- the ones with people inside or not open first, then by name.
SELECT coalesce(json_agg(json_build_object(
           'id', p.id, 'code', p.code, 'name', p.name, 'address', p.address, 'district', p.district_name,
           'capacity', p.capacity, 'status', coalesce(st.status, 'open'), 'occupants', coalesce(st.occupants, 0),
           'public_status', v.status, 'changed_at', st.changed_at, 'changed_by', st.changed_by)
       ORDER BY (v.status <> 'open' OR coalesce(st.occupants, 0) > 0) DESC, p.name, p.id), '[]')::text
FROM (SELECT * FROM pub.shelters s
      WHERE (:q::text IS NULL OR s.code ILIKE :q OR s.name ILIKE :q OR s.address ILIKE :q)
        AND (:district::text IS NULL OR s.district_code = :district)
      ORDER BY s.name, s.id
      LIMIT :limit) p
JOIN pub.shelter_status v ON v.id = p.id
LEFT JOIN core.shelter_status st ON st.work_id = p.id
