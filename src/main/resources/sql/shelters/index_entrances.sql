-- Every entrance of the public shelters, for the in-memory index; way_in marks the ones a citizen is sent to
-- (pub.way_in_kinds, the one definition of V11). The others are listed in the answer but never measured to.
SELECT e.id, e.shelter_id, e.kind, e.accessible, ST_X(e.geom) AS lon, ST_Y(e.geom) AS lat,
       e.kind IN (SELECT k.kind FROM pub.way_in_kinds k) AS way_in
FROM pub.entrances e
ORDER BY e.shelter_id, e.id
