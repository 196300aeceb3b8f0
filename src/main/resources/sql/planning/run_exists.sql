SELECT EXISTS (SELECT 1 FROM analysis.runs WHERE id = :run)
