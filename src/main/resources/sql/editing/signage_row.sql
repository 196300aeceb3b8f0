SELECT to_jsonb(s)::text FROM core.signage s WHERE s.work_id = :id FOR UPDATE
