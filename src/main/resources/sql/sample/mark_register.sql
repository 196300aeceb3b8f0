-- The register holds the synthetic sample: every outlet says so (pub.register_notice, ADR 0008).
INSERT INTO core.settings (key, value) VALUES ('synthetic_sample', ?)
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value
