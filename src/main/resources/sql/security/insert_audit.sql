INSERT INTO core.audit (actor, action, object_type, object_id, before, after)
VALUES (:actor, :action, :type, :id, CAST(:before AS jsonb), CAST(:after AS jsonb))
