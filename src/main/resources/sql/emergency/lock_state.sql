-- Serialises alert changes (two administrators confirming at once) and reads the state before the change.
SELECT d.code AS district_code, coalesce(a.state, 'none') AS state, coalesce(a.mode, 'drill') AS mode
FROM core.districts d LEFT JOIN core.alert_state a ON a.district_code = d.code
WHERE CAST(:districts AS text) IS NULL OR d.code = ANY (string_to_array(CAST(:districts AS text), ','))
ORDER BY d.code
FOR UPDATE OF d
