-- Staff sessions, kept in the database (Spring Session JDBC) so that ending a user's sessions is one DELETE by
-- principal name, sessions survive a restart, and every instance of the service shares them (ADR 0010).
-- The tables are Spring Session's (its schema-postgresql.sql), in a schema of their own that ${public_role} cannot
-- reach: a session row is a login.

CREATE SCHEMA sessions;
REVOKE ALL ON SCHEMA sessions FROM PUBLIC;

CREATE TABLE sessions.spring_session (
    primary_id            char(36) NOT NULL,
    session_id            char(36) NOT NULL,
    creation_time         bigint NOT NULL,
    last_access_time      bigint NOT NULL,
    max_inactive_interval int NOT NULL,
    expiry_time           bigint NOT NULL,
    principal_name        varchar(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON sessions.spring_session (session_id);
CREATE INDEX spring_session_ix2 ON sessions.spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON sessions.spring_session (principal_name);

CREATE TABLE sessions.spring_session_attributes (
    session_primary_id char(36) NOT NULL,
    attribute_name     varchar(200) NOT NULL,
    attribute_bytes    bytea NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id)
        REFERENCES sessions.spring_session (primary_id) ON DELETE CASCADE
);
