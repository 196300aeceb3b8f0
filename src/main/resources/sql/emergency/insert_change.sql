INSERT INTO core.alert_changes (state, mode, districts, actor)
VALUES (:state, :mode, string_to_array(CAST(:districts AS text), ','), :actor)
RETURNING id
