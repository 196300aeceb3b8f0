-- A null leaves the field as it is.
UPDATE core.users
SET enabled = coalesce(CAST(:enabled AS boolean), enabled),
    role = coalesce(CAST(:role AS text), role),
    display_name = coalesce(CAST(:display AS text), display_name)
WHERE id = :id
