-- The public code lists, as the public role reads them.
SELECT domain, code, label_zh, label_en FROM pub.code_labels ORDER BY domain, position, code
