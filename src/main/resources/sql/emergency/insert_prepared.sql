-- The first step: what is about to be set, kept under a token for the confirmation window (stale tokens go).
WITH gone AS (DELETE FROM core.alert_prepared WHERE expires_at < now())
INSERT INTO core.alert_prepared (token, actor, state, mode, districts, expires_at)
VALUES (:token, :actor, :state, :mode, string_to_array(CAST(:districts AS text), ','), now() + make_interval(secs => :window_s))
RETURNING expires_at
