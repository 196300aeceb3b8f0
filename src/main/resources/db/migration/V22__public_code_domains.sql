-- Which code lists the public may read, as rows instead of a list written into each migration's view (two
-- features of one release both redefined pub.code_labels, and the later one would have dropped the other's lists).
-- A feature that publishes a code list inserts its domain here; the view never changes again.
CREATE TABLE core.public_code_domains (
    domain text PRIMARY KEY
);

INSERT INTO core.public_code_domains (domain) VALUES
 ('open_status'), ('peacetime_use'), ('entrance_kind'), ('signage_status'), ('poi_kind'), ('report_category'),
 ('shelter_status'), ('alert_state'), ('alert_mode');

CREATE OR REPLACE VIEW pub.code_labels WITH (security_barrier) AS
SELECT c.domain, c.code, c.label_zh, c.label_en, c.position
FROM core.code_labels c
JOIN core.public_code_domains p ON p.domain = c.domain;

GRANT SELECT ON pub.code_labels TO ${public_role};
