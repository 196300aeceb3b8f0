-- The public data version — the one definition every outlet takes its ETag, Last-Modified and cache freshness from —
-- and, read in the same snapshot, the changes recorded in the tile-truncation outbox (V12) by transactions from
-- :floor on (xid8 as text; null on the first read: nothing before start-up matters). xmin: every transaction below it
-- has ended, so the next read may start there.
SELECT d.serial, d.changed_at, pg_snapshot_xmin(pg_current_snapshot())::text AS xmin,
       (SELECT coalesce(json_agg(json_build_object(
                   'id', t.id, 'xact', t.xact::text, 'tables', t.tables, 'whole', t.whole_layer,
                   'box', CASE WHEN t.whole_layer THEN NULL
                               ELSE json_build_array(t.min_lon, t.min_lat, t.max_lon, t.max_lat) END)
                   ORDER BY t.id), '[]')
        FROM core.tile_truncations t
        WHERE CAST(:floor AS text) IS NOT NULL AND t.xact >= CAST(CAST(:floor AS text) AS xid8)) AS changes
FROM pub.data_version d
