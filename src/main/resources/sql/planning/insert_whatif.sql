INSERT INTO analysis.run_whatif_works (run_id, no, name, sheltering_area, geom)
VALUES (:run, :no, :name, :area, ST_SetSRID(ST_GeomFromGeoJSON(:geometry), 4326))
