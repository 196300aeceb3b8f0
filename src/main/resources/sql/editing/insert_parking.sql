INSERT INTO core.parking (work_id, total_spaces, public_spaces, free_spaces, free_spaces_at, ev_chargers_installed,
                          ev_chargers_in_service, opening_hours, opened_year, changed_by)
VALUES (:id, :total, :public_spaces, :free_spaces, CASE WHEN CAST(:free_spaces AS integer) IS NULL THEN NULL ELSE now() END,
        :ev_installed, :ev_in_service, :hours, :opened_year, :actor)
ON CONFLICT (work_id) DO NOTHING
