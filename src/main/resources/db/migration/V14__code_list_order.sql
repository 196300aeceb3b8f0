-- Code lists are served to every page from core.code_labels (GET /api/codes), so the order a list is shown in
-- (drop-downs, legends) belongs to the list too. Until now it was only the order the rows were inserted in, copied
-- into the pages; number each list once in that order (ctid: the rows have never been updated), from now on it is
-- the column.
ALTER TABLE core.code_labels ADD COLUMN position integer;
UPDATE core.code_labels c SET position = n.position
FROM (SELECT ctid, row_number() OVER (PARTITION BY domain ORDER BY ctid) AS position FROM core.code_labels) n
WHERE c.ctid = n.ctid;
ALTER TABLE core.code_labels ALTER COLUMN position SET NOT NULL;
COMMENT ON COLUMN core.code_labels.position IS 'Order of the code within its list (drop-downs, legends)';

-- The public lists are unchanged (V3): what the public map and public layers show. The wartime function, protection
-- and chemical grades, status, construction mode, site and hazard kinds and the handling states of reports stay with
-- staff.
CREATE OR REPLACE VIEW pub.code_labels WITH (security_barrier) AS
SELECT domain, code, label_zh, label_en, position FROM core.code_labels
WHERE domain IN ('open_status', 'peacetime_use', 'entrance_kind', 'signage_status', 'poi_kind', 'report_category');
