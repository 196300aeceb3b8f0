SELECT count(*) FROM {{relation}} WHERE geom && ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, 4326)
