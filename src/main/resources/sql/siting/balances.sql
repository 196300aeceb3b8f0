SELECT district_code, name_zh, name_en, received::float8, allocated::float8, balance::float8
FROM core.fee_balances
WHERE received <> 0 OR allocated <> 0 OR district_code = CAST(:district AS text)
ORDER BY district_code
