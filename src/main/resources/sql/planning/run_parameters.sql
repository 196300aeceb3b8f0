SELECT label, radius_m, staying_share, m2_per_person, population_basis, distance_mode, unit_codes
FROM analysis.runs WHERE id = :run
