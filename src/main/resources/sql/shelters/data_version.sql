-- The register's change counter, for the ETag of the shelter list.
SELECT serial FROM pub.data_version
