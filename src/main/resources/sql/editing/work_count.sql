SELECT count(*) FROM core.works WHERE id = :id
