-- A run's units as flat rows for CSV / XLSX, in unit code order.
SELECT analysis.unit_properties(u)::text FROM analysis.run_units u WHERE u.run_id = :run ORDER BY u.unit_code
