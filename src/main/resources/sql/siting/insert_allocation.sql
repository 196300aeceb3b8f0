INSERT INTO core.fee_allocations (site_id, district_code, amount, allocated_on, note)
VALUES (:site_id, :district_code, :amount, CAST(:date AS date), :note)
RETURNING id
