SELECT row_to_json(r)::text
FROM (SELECT id, category, shelter_id, description, status, assigned_to, staff_note, handled_at, handled_by, version
      FROM core.reports WHERE id = :id) r
