-- City-wide and per-district totals of a run: {"city": {...}, "districts": [...]}.
SELECT json_build_object(
    'city', (SELECT t.totals FROM analysis.run_totals(:run) t WHERE t.district_code IS NULL),
    'districts', coalesce((SELECT json_agg(t.totals ORDER BY t.district_code) FROM analysis.run_totals(:run) t
                           WHERE t.district_code IS NOT NULL), '[]'))::text
