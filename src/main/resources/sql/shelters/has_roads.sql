-- Whether a walking network is loaded.
SELECT EXISTS (SELECT 1 FROM pub.roads)
