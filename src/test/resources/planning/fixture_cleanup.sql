-- Removes the committed coverage fixture (everything inside the fixture district, and the district).
DELETE FROM core.roads r USING core.districts d WHERE d.code = '990003' AND ST_Intersects(r.geom, d.geom);
DELETE FROM core.population p USING core.districts d WHERE d.code = '990003' AND ST_Intersects(p.geom, d.geom);
DELETE FROM core.works WHERE code LIKE 'FX-%';
DELETE FROM core.plan_units WHERE code LIKE 'FX-%';
DELETE FROM core.districts WHERE code = '990003';
