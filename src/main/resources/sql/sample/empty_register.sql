-- Empties the register (for ./shelter sample --replace). Analysis runs that reference it go too.
TRUNCATE core.fee_allocations, core.fee_receipts, core.entrances, core.parking, core.signage, core.works,
         core.population, core.plan_units, core.candidate_sites, core.hazards, core.pois, core.districts
         RESTART IDENTITY CASCADE;
DELETE FROM core.settings WHERE key = 'synthetic_sample'
