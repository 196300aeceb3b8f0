-- Ends a user's sessions (Spring Session JDBC's table, see V10), except the one being kept (null: none kept).
DELETE FROM sessions.spring_session
WHERE principal_name = :username AND session_id IS DISTINCT FROM CAST(:keep AS text)
