DELETE FROM core.entrances WHERE work_id = :id
