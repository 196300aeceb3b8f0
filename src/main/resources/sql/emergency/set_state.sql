-- Puts the chosen districts (all of them when CAST(:districts AS text) is null) under the new state.
INSERT INTO core.alert_state (district_code, state, mode, since, change_id)
SELECT d.code, :state, :mode, now(), :change_id
FROM core.districts d
WHERE CAST(:districts AS text) IS NULL OR d.code = ANY (string_to_array(CAST(:districts AS text), ','))
ON CONFLICT (district_code) DO UPDATE
SET state = EXCLUDED.state, mode = EXCLUDED.mode, since = EXCLUDED.since, change_id = EXCLUDED.change_id
