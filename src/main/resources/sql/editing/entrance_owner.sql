SELECT work_id FROM core.entrances WHERE id = :eid
