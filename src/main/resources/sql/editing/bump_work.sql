-- Entrances have no version of their own: they are part of the work, whose version moves with them.
UPDATE core.works SET version = version + 1, changed_at = now(), changed_by = :actor
WHERE id = :id AND version = :version
