-- Only when it differs: an unchanged setting must not bump the data version that map caches depend on.
INSERT INTO core.settings (key, value) VALUES (:key, :value)
ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE core.settings.value <> excluded.value
