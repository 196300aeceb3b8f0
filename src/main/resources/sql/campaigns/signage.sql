-- The signage campaign (橙色地带): public shelters in service in the main urban area — the works citizens must be able to
-- tell from an ordinary basement. Those not upgraded before this year are the year's target; those upgraded this year
-- are done; the rest remain.
WITH scope AS (
    SELECT w.id, w.district_code, coalesce(s.status, 'none') AS status, s.year_upgraded
    FROM core.works w
    JOIN core.districts d ON d.code = w.district_code
    LEFT JOIN core.signage s ON s.work_id = w.id
    WHERE d.main_urban AND w.public_shelter AND analysis.counts_as_supply(w.function, w.status)
), by_district AS (
    SELECT d.code, d.name_zh, d.name_en,
           count(*) AS works,
           count(*) FILTER (WHERE x.status = 'upgraded') AS upgraded,
           count(*) FILTER (WHERE x.status = 'outdated') AS outdated,
           count(*) FILTER (WHERE x.status = 'none') AS none,
           count(*) FILTER (WHERE x.status = 'upgraded' AND x.year_upgraded = :year) AS upgraded_this_year,
           count(*) FILTER (WHERE x.status <> 'upgraded' OR x.year_upgraded >= :year) AS target
    FROM scope x JOIN core.districts d ON d.code = x.district_code
    GROUP BY d.code, d.name_zh, d.name_en
)
SELECT json_build_object(
    'year', :year,
    'works', count(*),
    'upgraded', count(*) FILTER (WHERE status = 'upgraded'),
    'outdated', count(*) FILTER (WHERE status = 'outdated'),
    'none', count(*) FILTER (WHERE status = 'none'),
    'target', count(*) FILTER (WHERE status <> 'upgraded' OR year_upgraded >= :year),
    'upgraded_this_year', count(*) FILTER (WHERE status = 'upgraded' AND year_upgraded = :year),
    'remaining', count(*) FILTER (WHERE status <> 'upgraded'),
    'by_district', (SELECT coalesce(json_agg(b ORDER BY b.code), '[]') FROM by_district b)
)::text
FROM scope
