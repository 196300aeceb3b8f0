-- One footprint from a drawing (ADR 0021): made a polygon where that is safe, and matched to a work.
--   A closed line becomes its polygon; a line whose ends are at most :tolerance metres apart is closed first.
--   An invalid polygon is repaired with ST_MakeValid only when the result is one polygon whose area is within
--   :area_ratio of the drawn one (a duplicated vertex, a spike, a ring drawn backwards); anything else — a bow-tie,
--   a ring that falls apart into pieces — is refused with PostGIS's reason.
--   The work: the one with the given code, else the one whose point (a point on its footprint) lies inside.
WITH src AS (
    SELECT ST_Transform(ST_SetSRID(ST_Force2D(ST_GeomFromGeoJSON(:geojson)), CAST(:srid AS integer)), 4549) AS g
), shaped AS (
    SELECT g,
           CASE
               WHEN GeometryType(g) IN ('POLYGON', 'MULTIPOLYGON') THEN g
               WHEN GeometryType(g) = 'LINESTRING' AND ST_NPoints(g) >= 4 AND ST_IsClosed(g) THEN ST_MakePolygon(g)
               WHEN GeometryType(g) = 'LINESTRING' AND ST_NPoints(g) >= 3
                    AND ST_Distance(ST_StartPoint(g), ST_EndPoint(g)) <= CAST(:tolerance AS float8)
                   THEN ST_MakePolygon(ST_AddPoint(g, ST_StartPoint(g)))
           END AS p,
           CASE
               WHEN GeometryType(g) = 'LINESTRING' AND NOT ST_IsClosed(g)
                   THEN ST_Distance(ST_StartPoint(g), ST_EndPoint(g))
           END AS gap
    FROM src
), repaired AS (
    SELECT g, p, gap, ST_IsValid(p) AS valid, ST_IsValidReason(p) AS reason,
           CASE WHEN p IS NOT NULL AND NOT ST_IsValid(p) THEN ST_CollectionExtract(ST_MakeValid(p), 3) END AS v
    FROM shaped
), decided AS (
    SELECT *,
           CASE
               WHEN p IS NULL THEN NULL
               WHEN valid THEN p
               WHEN ST_NumGeometries(v) = 1 AND ST_Area(p) > 0
                    AND abs(ST_Area(v) - ST_Area(p)) <= CAST(:area_ratio AS float8) * ST_Area(p) THEN ST_GeometryN(v, 1)
           END AS fixed
    FROM repaired
), located AS (
    SELECT *, ST_Transform(fixed, 4326) AS f FROM decided
)
SELECT GeometryType(g) AS drawn_type, gap, valid, reason, ST_NumGeometries(v) AS pieces,
       CASE WHEN p IS NOT NULL AND ST_Area(p) > 0 AND v IS NOT NULL THEN ST_Area(v) / ST_Area(p) END AS repaired_ratio,
       ST_AsGeoJSON(f, 9) AS geojson, ST_Area(fixed) AS area_m2,
       (SELECT w.id FROM core.works w WHERE w.code = :code) AS code_work,
       i.inside_count, i.inside_work
FROM located
CROSS JOIN LATERAL (SELECT count(*) AS inside_count, min(w.id) AS inside_work FROM core.works w
                    WHERE f IS NOT NULL AND w.footprint && f AND ST_Intersects(f, ST_PointOnSurface(w.footprint))) i
