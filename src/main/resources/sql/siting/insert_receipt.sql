INSERT INTO core.fee_receipts (project, district_code, exempted_area, rate, amount, received_on, recorded_by)
VALUES (:project, :district_code, :exempted_area, :rate, :amount, CAST(:date AS date), :actor)
RETURNING id
