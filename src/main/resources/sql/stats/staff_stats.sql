-- The whole register by wartime function and district (restricted: it counts command and supply works).
SELECT json_build_object(
  'by_function', (SELECT coalesce(json_agg(json_build_object(
        'function', function, 'works', n, 'sheltering_area', area) ORDER BY function), '[]')
      FROM (SELECT function, count(*) AS n, coalesce(sum(sheltering_area), 0) AS area
            FROM staff.works WHERE status <> 'decommissioned' GROUP BY function) f),
  'by_district_and_function', (SELECT coalesce(json_agg(json_build_object(
        'district_code', district_code, 'function', function, 'works', n) ORDER BY district_code, function), '[]')
      FROM (SELECT district_code, function, count(*) AS n
            FROM staff.works WHERE status <> 'decommissioned' GROUP BY district_code, function) g),
  'by_status', (SELECT json_object_agg(status, n) FROM (SELECT status, count(*) AS n FROM staff.works GROUP BY status) s)
)::text
