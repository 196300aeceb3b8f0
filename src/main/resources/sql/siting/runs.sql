SELECT id, created_at::text AS created_at, solver, status,
       parameters::text AS parameters,
       (result ->> 'covered_weight')::bigint AS covered_weight,
       (result ->> 'cost')::float8 AS cost,
       jsonb_array_length(result -> 'chosen') AS sites
FROM core.siting_runs
ORDER BY id DESC
LIMIT :limit
