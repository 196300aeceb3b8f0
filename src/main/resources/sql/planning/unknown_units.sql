-- The requested plan unit codes that are not in the register.
SELECT c.code FROM unnest(CAST(:codes AS text[])) AS c(code)
WHERE NOT EXISTS (SELECT 1 FROM core.plan_units u WHERE u.code = c.code)
ORDER BY c.code
