-- The register's one data version (pub.data_version, the serial changes/RegisterChanges follows), read here inside
-- the snapshot that loads the in-memory nearest index, so the index knows exactly which version it holds, and per
-- request (shared, LiveVersions) so an edit from any service instance shows in the next answer.
SELECT serial FROM pub.data_version
