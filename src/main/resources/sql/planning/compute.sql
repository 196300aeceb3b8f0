SELECT analysis.compute_coverage(:run)::text
