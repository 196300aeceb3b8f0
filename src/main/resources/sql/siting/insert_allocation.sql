INSERT INTO core.fee_allocations (site_id, district_code, amount, allocated_on, note, recorded_by)
VALUES (:site_id, :district_code, :amount, CAST(:date AS date), :note, :actor)
RETURNING id
