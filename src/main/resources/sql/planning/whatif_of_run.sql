-- The hypothetical works of a run, as they were given (GeoJSON geometry).
SELECT name, sheltering_area, ST_AsGeoJSON(geom, 8) AS geometry FROM analysis.run_whatif_works WHERE run_id = :run ORDER BY no
