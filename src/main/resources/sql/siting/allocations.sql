SELECT a.id, s.code AS site_code, s.name AS site_name, a.district_code, a.amount::float8,
       a.allocated_on::text AS allocated_on, a.note,
       a.recorded_by, a.recorded_at::text AS recorded_at
FROM core.fee_allocations a JOIN core.candidate_sites s ON s.id = a.site_id
WHERE CAST(:district AS text) IS NULL OR a.district_code = CAST(:district AS text)
ORDER BY a.allocated_on DESC, a.id DESC
LIMIT :limit
