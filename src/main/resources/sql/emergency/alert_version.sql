-- The alert state's version, polled once a second by every service instance: the id of the latest change, and the
-- number of districts (a district added or removed, e.g. by loading the register, changes the document too).
SELECT v.version || ':' || (SELECT count(*) FROM pub.alert_state) FROM pub.alert_version v
