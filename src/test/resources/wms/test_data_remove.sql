-- Removes the WMS test features again, so tests of the sample's facts (counts, campaign figures) never see them.
DELETE FROM core.works WHERE code LIKE 'WMS-%';
DELETE FROM core.plan_units WHERE code LIKE 'WMS-%';
DELETE FROM core.pois WHERE name = '测试示范学校';
DELETE FROM core.hazards WHERE name = '测试油库';
DELETE FROM core.districts WHERE code = '999901';
