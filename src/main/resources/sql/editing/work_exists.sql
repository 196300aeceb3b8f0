SELECT count(*) FROM core.works WHERE id = ANY(:ids)
