-- Every public shelter with the public attributes the nearest answer carries, for the in-memory index
-- (InMemoryShelters): the same views the SQL search reads (pub.shelter_points, pub.shelter_contacts).
SELECT p.id, p.code, p.name, p.address, p.district_name, p.capacity, p.open_status, p.wheelchair_accessible,
       p.has_parking, p.parking_spaces, p.parking_free, p.ev_chargers, p.signage_status, p.signage_year,
       ST_X(p.geom) AS lon, ST_Y(p.geom) AS lat,
       c.managing_unit, c.duty_phone, c.last_verified::text AS last_verified
FROM pub.shelter_points p
JOIN pub.shelter_contacts c ON c.id = p.id
ORDER BY p.id
