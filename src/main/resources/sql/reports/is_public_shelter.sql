-- Whether a shelter id names a public shelter (read through the public role).
SELECT EXISTS (SELECT 1 FROM pub.shelters WHERE id = :id)
