-- Two runs unit by unit: each side's indicators and the change (b - a) of the main ones; units in only one run
-- appear with the other side null.
SELECT json_build_object('a', :a, 'b', :b, 'units', coalesce(json_agg(json_build_object(
        'unitCode', coalesce(ua.unit_code, ub.unit_code), 'unitName', coalesce(ub.unit_name, ua.unit_name),
        'a', analysis.unit_properties(ua), 'b', analysis.unit_properties(ub),
        'change', CASE WHEN ua.run_id IS NOT NULL AND ub.run_id IS NOT NULL THEN json_build_object(
            'providedArea', round((ub.provided_area - ua.provided_area)::numeric, 1),
            'balanceArea', round((ub.balance_area - ua.balance_area)::numeric, 1),
            'coveredPopulation', ub.covered_population - ua.covered_population,
            'coveredShare', round((ub.covered_share - ua.covered_share)::numeric, 4),
            'uncoveredPopulation', ub.uncovered_population - ua.uncovered_population) END,
        'changed', ua.run_id IS NULL OR ub.run_id IS NULL
            OR (ua.provided_area, ua.required_area, ua.covered_population, ua.cell_population)
               IS DISTINCT FROM (ub.provided_area, ub.required_area, ub.covered_population, ub.cell_population))
    ORDER BY coalesce(ua.unit_code, ub.unit_code)), '[]'))::text
FROM (SELECT * FROM analysis.run_units WHERE run_id = :a) ua
FULL JOIN (SELECT * FROM analysis.run_units WHERE run_id = :b) ub ON ub.unit_id = ua.unit_id
