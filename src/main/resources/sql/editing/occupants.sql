-- The people inside a public shelter now, as staff last reported them, and the capacity the public sees (the recorded
-- one, else the one its sheltering area gives: pub.shelters). No row: not a public shelter, or nobody reported inside.
SELECT st.occupants, p.capacity
FROM core.shelter_status st
JOIN pub.shelters p ON p.id = st.work_id
WHERE st.work_id = :id AND st.occupants > 0
