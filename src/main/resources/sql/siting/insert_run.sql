INSERT INTO core.siting_runs (solver, status, parameters, result)
VALUES (:solver, :status, CAST(:parameters AS jsonb), CAST(:result AS jsonb))
RETURNING id, created_at::text
