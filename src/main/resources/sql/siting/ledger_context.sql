-- What a ledger row is checked against: districts with their balance, and candidate sites with their district.
SELECT 'district' AS what, district_code AS code, NULL::bigint AS id, NULL::text AS district_code,
       balance::float8 AS balance
FROM core.fee_balances
UNION ALL
SELECT 'site', s.code, s.id, s.district_code, NULL FROM core.candidate_sites s
