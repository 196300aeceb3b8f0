INSERT INTO core.api_keys (name, prefix, token_hash, layers, created_by)
VALUES (:name, :prefix, :hash, :layers, :actor)
RETURNING id
