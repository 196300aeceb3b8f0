-- One public shelter's live status as staff set it (V16), with its capacity and the status the public sees; the
-- caller locks the work first (lock_work.sql). No row: not a public shelter.
SELECT w.id, w.code, w.name, p.capacity,
       coalesce(st.status, 'open') AS status, coalesce(st.occupants, 0) AS occupants,
       v.status AS public_status, st.changed_at::text AS changed_at, st.changed_by
FROM core.works w
JOIN pub.shelters p ON p.id = w.id
JOIN pub.shelter_status v ON v.id = w.id
LEFT JOIN core.shelter_status st ON st.work_id = w.id
WHERE w.id = :id
