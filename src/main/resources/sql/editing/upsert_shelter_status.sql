INSERT INTO core.shelter_status (work_id, status, occupants, changed_at, changed_by)
VALUES (:id, :status, :occupants, now(), :actor)
ON CONFLICT (work_id) DO UPDATE
SET status = excluded.status, occupants = excluded.occupants, changed_at = excluded.changed_at,
    changed_by = excluded.changed_by
