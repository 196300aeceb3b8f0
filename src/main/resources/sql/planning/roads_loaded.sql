-- Whether a road network is loaded (then distances are measured over it).
SELECT EXISTS (SELECT 1 FROM core.roads)
