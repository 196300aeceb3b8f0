UPDATE core.parking
SET total_spaces = :total, public_spaces = :public_spaces, free_spaces = :free_spaces,
    free_spaces_at = CASE WHEN CAST(:free_spaces AS integer) IS NULL THEN NULL ELSE now() END,
    ev_chargers_installed = :ev_installed, ev_chargers_in_service = :ev_in_service, opening_hours = :hours,
    opened_year = :opened_year, version = version + 1, changed_at = now(), changed_by = :actor
WHERE work_id = :id AND version = :version
