-- Only when the report is still at the version the editor read; a resolved or rejected report records when and by whom.
UPDATE core.reports
SET status = CAST(:status AS text),
    assigned_to = :assigned_to,
    staff_note = :note,
    handled_by = :actor,
    handled_at = CASE WHEN CAST(:status AS text) IN ('resolved', 'rejected') THEN now() ELSE NULL END,
    version = version + 1
WHERE id = :id AND version = :version
