-- Whether a drawing's text label lies inside an outline (its hull: the outline may still be an unclosed line).
SELECT ST_Within(ST_SetSRID(ST_GeomFromGeoJSON(:p), CAST(:srid AS integer)),
                 ST_ConvexHull(ST_SetSRID(ST_GeomFromGeoJSON(:g), CAST(:srid AS integer))))
