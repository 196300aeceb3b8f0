INSERT INTO analysis.runs (label, radius_m, staying_share, m2_per_person, population_basis, distance_mode, unit_codes, base_run_id)
VALUES (:label, :radius, :share, :m2, :basis, :mode, CAST(:units AS text[]), :base)
RETURNING id
