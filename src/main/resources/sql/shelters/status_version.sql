-- The live shelter status's change counter (V16), for the in-memory status and the ETag of the status list.
SELECT serial FROM pub.shelter_status_version
