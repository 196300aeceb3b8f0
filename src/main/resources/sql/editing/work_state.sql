-- Everything an editor sees of one work, each part with the version edits of it must be based on.
-- Locks the work row when asked (inside an edit), so the state read is the one the edit changes.
SELECT json_build_object(
  'work', (SELECT to_jsonb(w) - 'footprint' FROM core.works w WHERE w.id = :id),
  'footprint', (SELECT ST_AsGeoJSON(w.footprint, 7)::json FROM core.works w WHERE w.id = :id),
  'signage', (SELECT to_jsonb(s) FROM core.signage s WHERE s.work_id = :id),
  'parking', (SELECT to_jsonb(p) FROM core.parking p WHERE p.work_id = :id),
  'entrances', (SELECT coalesce(json_agg(json_build_object('id', e.id, 'kind', e.kind, 'accessible', e.accessible,
                                                           'lon', round(ST_X(e.geom)::numeric, 7), 'lat', round(ST_Y(e.geom)::numeric, 7))
                                         ORDER BY e.id), '[]')
                FROM core.entrances e WHERE e.work_id = :id)
)::text
FROM core.works WHERE id = :id
