-- The live status of every public shelter (V16), for the public map: [id, status, occupants, capacity] in id order.
SELECT s.id, s.status, s.occupants, s.capacity FROM pub.shelter_status s ORDER BY s.id
