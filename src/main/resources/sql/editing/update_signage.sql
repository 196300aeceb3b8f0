UPDATE core.signage
SET status = :status, year_upgraded = :year, last_inspection = coalesce(CAST(:inspected AS date), last_inspection),
    note = coalesce(CAST(:note AS text), note),
    version = version + 1, changed_at = now(), changed_by = :actor
WHERE work_id = :id AND version = :version
