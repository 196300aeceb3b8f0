-- Peacetime parking: what opened this year against the year's plan, and EV chargers, from the register.
WITH p AS (
    SELECT p.*, w.code, w.name, w.district_code FROM core.parking p JOIN core.works w ON w.id = p.work_id
)
SELECT json_build_object(
    'year', :year,
    'plan_spaces', :plan_spaces,
    'works_opened_this_year', count(*) FILTER (WHERE opened_year = :year),
    'spaces_opened_this_year', coalesce(sum(total_spaces) FILTER (WHERE opened_year = :year), 0),
    'share_of_plan', round(coalesce(sum(total_spaces) FILTER (WHERE opened_year = :year), 0)::numeric / nullif(:plan_spaces, 0), 4),
    'works', count(*),
    'spaces', coalesce(sum(total_spaces), 0),
    'public_spaces', coalesce(sum(public_spaces), 0),
    'ev_chargers_installed', coalesce(sum(ev_chargers_installed), 0),
    'ev_chargers_in_service', coalesce(sum(ev_chargers_in_service), 0),
    'works_with_chargers', count(*) FILTER (WHERE ev_chargers_installed > 0),
    'by_district', (SELECT coalesce(json_agg(x ORDER BY x.code), '[]') FROM (
        SELECT d.code, d.name_zh, d.name_en, count(*) AS works, sum(q.total_spaces) AS spaces,
               coalesce(sum(q.total_spaces) FILTER (WHERE q.opened_year = :year), 0) AS spaces_opened_this_year,
               sum(q.ev_chargers_installed) AS ev_chargers_installed
        FROM p q JOIN core.districts d ON d.code = q.district_code
        GROUP BY d.code, d.name_zh, d.name_en) x),
    'opened_this_year', (SELECT coalesce(json_agg(json_build_object('id', q.work_id, 'code', q.code, 'name', q.name,
            'spaces', q.total_spaces, 'ev_chargers', q.ev_chargers_installed) ORDER BY q.total_spaces DESC, q.work_id), '[]')
        FROM p q WHERE q.opened_year = :year)
)::text
FROM p
