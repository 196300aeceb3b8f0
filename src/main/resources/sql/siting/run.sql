SELECT id, created_at::text AS created_at, result::text AS result FROM core.siting_runs WHERE id = :id
