-- Live shelter status for emergencies and the public contact attributes of a shelter (ADR 0016).
--
--   * core.works gains duty_phone (the managing unit's public duty phone) and last_verified (the date staff last
--     checked the work on site); managing_unit exists since V1.
--   * core.shelter_status: what staff set during an emergency — open | full | closed and how many people are inside.
--     A shelter without a row is open with nobody inside. Its own change counter (core.shelter_status_version), not
--     the register's data version: occupants change every few minutes in an emergency, and that must neither rebuild
--     every public cache nor drop map tiles that do not show it.
--   * pub.shelter_status: the status the public sees. "full" when staff say so or when the occupants reach the
--     capacity (a shelter at capacity that still says "open" sends people to a door they cannot pass); "closed" when
--     staff closed it.
--   * pub.shelter_contacts: the contact attributes, published for public shelters only and only through this view
--     (the public map's list and the nearest answer read it; the OGC layers and WMS do not).

ALTER TABLE core.works
    ADD COLUMN duty_phone text CHECK (duty_phone ~ '^\+?[0-9][0-9 ()-]{2,30}$'),
    ADD COLUMN last_verified date;
COMMENT ON COLUMN core.works.duty_phone IS 'public duty phone of the managing unit (published for public shelters)';
COMMENT ON COLUMN core.works.last_verified IS 'date the work was last verified on site';

CREATE TABLE core.shelter_status (
    work_id    bigint PRIMARY KEY REFERENCES core.works (id) ON DELETE CASCADE,
    status     text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'full', 'closed')),
    occupants  integer NOT NULL DEFAULT 0 CHECK (occupants >= 0),
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text NOT NULL
);

CREATE TABLE core.shelter_status_version (
    id         boolean PRIMARY KEY DEFAULT true CHECK (id),
    changed_at timestamptz NOT NULL DEFAULT now(),
    serial     bigint NOT NULL DEFAULT 1
);
INSERT INTO core.shelter_status_version DEFAULT VALUES;

CREATE FUNCTION core.touch_shelter_status_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE core.shelter_status_version SET changed_at = clock_timestamp(), serial = serial + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER shelter_status_touch AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON core.shelter_status
    FOR EACH STATEMENT EXECUTE FUNCTION core.touch_shelter_status_version();

INSERT INTO core.code_labels (domain, code, label_zh, label_en, position) VALUES
 ('shelter_status', 'open',   '开放',   'Open',   1),
 ('shelter_status', 'full',   '已满',   'Full',   2),
 ('shelter_status', 'closed', '已关闭', 'Closed', 3);

CREATE OR REPLACE VIEW pub.code_labels WITH (security_barrier) AS
SELECT domain, code, label_zh, label_en, position FROM core.code_labels
WHERE domain IN ('open_status', 'peacetime_use', 'entrance_kind', 'signage_status', 'poi_kind', 'report_category',
                 'shelter_status');

-- The public status of every public shelter.
CREATE VIEW pub.shelter_status WITH (security_barrier) AS
SELECT s.id,
       CASE WHEN st.status = 'closed' THEN 'closed'
            WHEN st.status = 'full' OR (s.capacity IS NOT NULL AND coalesce(st.occupants, 0) >= s.capacity
                                        AND st.work_id IS NOT NULL) THEN 'full'
            ELSE 'open' END AS status,
       coalesce(st.occupants, 0) AS occupants,
       s.capacity,
       st.changed_at
FROM pub.shelters s
LEFT JOIN core.shelter_status st ON st.work_id = s.id;

CREATE VIEW pub.shelter_status_version WITH (security_barrier) AS SELECT changed_at, serial FROM core.shelter_status_version;

-- The contact attributes of public shelters, the only public view that carries them.
CREATE VIEW pub.shelter_contacts WITH (security_barrier) AS
SELECT w.id, w.managing_unit, w.duty_phone, w.last_verified
FROM pub.shelters s
JOIN core.works w ON w.id = s.id;

GRANT SELECT ON pub.shelter_status, pub.shelter_status_version, pub.shelter_contacts, pub.code_labels
    TO ${public_role};
