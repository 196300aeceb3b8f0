-- The public alert state as one JSON document: the version, the state of every district, the siren patterns.
SELECT json_build_object(
    'version', v.version,
    'changed_at', v.changed_at,
    'districts', (SELECT coalesce(json_agg(json_build_object(
                        'code', a.district_code, 'state', a.state, 'mode', a.mode, 'since', a.since)
                      ORDER BY a.district_code), '[]'::json)
                  FROM pub.alert_state a),
    'sirens', (SELECT coalesce(json_agg(json_build_object(
                        'state', s.state, 'sound_s', s.sound_s, 'pause_s', s.pause_s, 'cycles', s.cycles)
                      ORDER BY (SELECT c.position FROM pub.code_labels c
                                WHERE c.domain = 'alert_state' AND c.code = s.state)), '[]'::json)
               FROM pub.siren_patterns s),
    'siren_test_date', CAST(:siren_test_date AS date))::text
FROM pub.alert_version v
