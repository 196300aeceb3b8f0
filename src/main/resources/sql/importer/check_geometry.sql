-- Validity and location of one imported geometry after transformation to EPSG:4326.
SELECT ST_IsValid(g), ST_IsValidReason(g), ST_CoveredBy(g, (SELECT b.g FROM import_boundary b))
FROM (SELECT ST_Transform(ST_SetSRID(ST_GeomFromWKB(?), ?), 4326) AS g) x
