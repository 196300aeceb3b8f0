SELECT r.id, r.project, r.district_code, r.exempted_area::float8, r.rate::float8, r.amount::float8,
       r.received_on::text AS received_on,
       r.recorded_by, r.recorded_at::text AS recorded_at
FROM core.fee_receipts r
WHERE CAST(:district AS text) IS NULL OR r.district_code = CAST(:district AS text)
ORDER BY r.received_on DESC, r.id DESC
LIMIT :limit
