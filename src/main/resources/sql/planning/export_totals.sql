-- A run's totals as flat rows (city first, then districts) for CSV / XLSX.
SELECT t.totals::text FROM analysis.run_totals(:run) t
