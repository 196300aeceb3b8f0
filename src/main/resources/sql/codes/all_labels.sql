-- Every code list of the register, for staff.
SELECT domain, code, label_zh, label_en FROM core.code_labels ORDER BY domain, position, code
