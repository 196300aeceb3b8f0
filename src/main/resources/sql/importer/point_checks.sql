-- Where workbook points land: the district containing each (null: outside Nantong) and, for a row matched to a work,
-- its distance in metres from that work's footprint.
SELECT t.i,
       (SELECT d.code FROM core.districts d WHERE d.geom && p.g AND ST_Covers(d.geom, p.g) ORDER BY d.code LIMIT 1)
           AS district_code,
       (SELECT ST_Distance(w.footprint::geography, p.g::geography) FROM core.works w WHERE w.id = t.work_id)
           AS distance_m
FROM unnest(CAST(:lons AS float8[]), CAST(:lats AS float8[]), CAST(:work_ids AS bigint[])) WITH ORDINALITY
     AS t(lon, lat, work_id, i)
CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(t.lon, t.lat), 4326) AS g) p
ORDER BY t.i
