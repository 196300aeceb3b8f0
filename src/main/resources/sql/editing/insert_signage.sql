-- Version 0 means "this work has no signage row yet"; a row someone else just created makes this a conflict.
INSERT INTO core.signage (work_id, status, year_upgraded, last_inspection, note, changed_by)
VALUES (:id, :status, :year, CAST(:inspected AS date), :note, :actor)
ON CONFLICT (work_id) DO NOTHING
