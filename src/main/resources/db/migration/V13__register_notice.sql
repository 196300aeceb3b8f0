-- Whether the register holds the synthetic sample (ADR 0008): the sample generator writes core.settings
-- 'synthetic_sample'; public outlets read this one boolean to badge pages and describe the services.
-- A register loaded before the marker existed is recognised by the sample's own candidate site.
INSERT INTO core.settings (key, value)
SELECT 'synthetic_sample', 'loaded before V13'
WHERE EXISTS (SELECT 1 FROM core.candidate_sites WHERE name = '文亮小学旁游园')
ON CONFLICT (key) DO NOTHING;

CREATE VIEW pub.register_notice WITH (security_barrier) AS
SELECT EXISTS (SELECT 1 FROM core.settings WHERE key = 'synthetic_sample') AS synthetic_sample;
COMMENT ON VIEW pub.register_notice IS 'true while the register holds the synthetic sample (every outlet says so)';

GRANT SELECT ON pub.register_notice TO ${public_role};
