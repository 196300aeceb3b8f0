-- The alert state's version (the id of the latest change): polled once a second by every service instance.
SELECT version FROM pub.alert_version
