SELECT code, name_zh, name_en FROM core.districts ORDER BY code
