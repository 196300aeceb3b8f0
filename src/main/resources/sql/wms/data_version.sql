-- The register's last change, for ETag / Last-Modified of maps and capabilities.
SELECT serial, changed_at FROM pub.data_version
