SELECT version FROM core.works WHERE id = :id FOR UPDATE
