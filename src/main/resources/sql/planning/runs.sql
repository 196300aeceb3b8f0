-- The stored runs, newest first, with their city-wide headline figures.
SELECT coalesce(json_agg(x ORDER BY (x->>'id')::bigint DESC), '[]')::text FROM (
    SELECT jsonb_build_object('id', r.id, 'createdAt', r.created_at, 'label', r.label, 'baseRun', r.base_run_id,
               'radiusM', r.radius_m, 'stayingShare', r.staying_share, 'm2PerPerson', r.m2_per_person,
               'populationBasis', r.population_basis, 'distance', r.distance_mode, 'units', r.unit_codes,
               'durationMs', round(r.duration_ms::numeric, 1),
               'whatIf', (SELECT count(*) FROM analysis.run_whatif_works w WHERE w.run_id = r.id))
           || jsonb_build_object('coveredShare', t.totals->'coveredShare', 'deficitArea', t.totals->'deficitArea') AS x
    FROM analysis.runs r
    LEFT JOIN LATERAL (SELECT totals FROM analysis.run_totals(r.id) WHERE district_code IS NULL) t ON true
    ORDER BY r.id DESC LIMIT :limit) s
