-- Figures anyone may see, from the pub views only: public shelters by district, the parking campaign of the year
-- and the signage campaign.
SELECT json_build_object(
  'shelters', (SELECT json_build_object(
        'count', count(*),
        'capacity', coalesce(sum(capacity), 0),
        'accessible', count(*) FILTER (WHERE wheelchair_accessible))
      FROM pub.shelters),
  'by_district', (SELECT coalesce(json_agg(json_build_object(
        'code', d.code, 'name_zh', d.name_zh, 'name_en', d.name_en,
        'shelters', x.n, 'capacity', x.capacity, 'signage_remaining', x.remaining) ORDER BY d.code), '[]')
      FROM pub.districts d
      JOIN (SELECT district_code, count(*) AS n, coalesce(sum(capacity), 0) AS capacity,
                   count(*) FILTER (WHERE signage_status <> 'upgraded') AS remaining
            FROM pub.shelters GROUP BY district_code) x ON x.district_code = d.code),
  'parking', (SELECT json_build_object(
        'year', :year,
        'plan_spaces', :plan_spaces,
        'works_opened_this_year', count(*) FILTER (WHERE opened_year = :year),
        'spaces_opened_this_year', coalesce(sum(total_spaces) FILTER (WHERE opened_year = :year), 0),
        'share_of_plan', round(coalesce(sum(total_spaces) FILTER (WHERE opened_year = :year), 0)::numeric
                               / nullif(:plan_spaces, 0), 4),
        'works', count(*),
        'spaces', coalesce(sum(total_spaces), 0),
        'ev_chargers_installed', coalesce(sum(ev_chargers_installed), 0),
        'ev_chargers_in_service', coalesce(sum(ev_chargers_in_service), 0))
      FROM pub.parking),
  'signage', (SELECT json_build_object(
        'upgraded', count(*) FILTER (WHERE signage_status = 'upgraded'),
        'outdated', count(*) FILTER (WHERE signage_status = 'outdated'),
        'none', count(*) FILTER (WHERE signage_status = 'none'),
        'remaining', count(*) FILTER (WHERE signage_status <> 'upgraded'))
      FROM pub.shelters)
)::text
