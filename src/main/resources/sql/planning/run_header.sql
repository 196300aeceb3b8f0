-- A run's parameters and timing as JSON, or no row.
SELECT json_build_object(
    'id', r.id, 'createdAt', r.created_at, 'label', r.label, 'baseRun', r.base_run_id,
    'durationMs', round(r.duration_ms::numeric, 1),
    'parameters', json_build_object('radiusM', r.radius_m, 'stayingShare', r.staying_share,
        'm2PerPerson', r.m2_per_person, 'populationBasis', r.population_basis, 'distance', r.distance_mode,
        'units', r.unit_codes),
    'whatIf', (SELECT count(*) FROM analysis.run_whatif_works w WHERE w.run_id = r.id))::text
FROM analysis.runs r WHERE r.id = :run
