-- The live status of the public shelters staff have set (V16); every other public shelter is open with nobody inside.
SELECT s.id, s.status, s.occupants
FROM pub.shelter_status s
WHERE s.changed_at IS NOT NULL
