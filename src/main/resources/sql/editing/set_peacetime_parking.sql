UPDATE core.works SET peacetime_use = 'parking', version = version + 1, changed_at = now(), changed_by = :actor
WHERE id = :id AND peacetime_use IS DISTINCT FROM 'parking'
