-- Staff handling of citizens' problem reports: who it is assigned to, and a version so two editors handling the same
-- report cannot overwrite each other.
ALTER TABLE core.reports
    ADD COLUMN version     integer NOT NULL DEFAULT 1,
    ADD COLUMN assigned_to text CHECK (char_length(assigned_to) <= 100);

CREATE OR REPLACE VIEW staff.reports AS
SELECT r.id, r.category, r.shelter_id, w.code AS work_code, w.name AS work_name, r.description, r.language,
       r.status, r.created_at, r.handled_at, r.handled_by, r.staff_note, r.geom, r.version, r.assigned_to
FROM core.reports r LEFT JOIN core.works w ON w.id = r.shelter_id;
