-- Store one citizen's report; core.submit_report inserts and nothing else (see V3__public_map.sql).
SELECT core.submit_report(:category, :description, :language, :lon, :lat, :shelter_id)
