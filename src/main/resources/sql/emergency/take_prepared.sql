-- The second step: the prepared change of this actor under this token, if it has not expired; used once.
DELETE FROM core.alert_prepared
WHERE token = :token AND actor = :actor AND expires_at >= now()
RETURNING state, mode, array_to_string(districts, ',') AS districts
