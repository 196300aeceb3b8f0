-- The asked district codes that are not districts of the register.
SELECT c FROM unnest(string_to_array(:codes, ',')) AS c
WHERE NOT EXISTS (SELECT 1 FROM core.districts d WHERE d.code = c)
