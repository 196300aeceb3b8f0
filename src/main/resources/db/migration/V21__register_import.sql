-- Register import from workbooks (ADR 0021). A workbook row gives a work's point, not its outline: a new work
-- imported that way gets a provisional square footprint around the point (of its building area) until a drawing
-- (DXF / Shapefile footprint import) or an editor replaces it. The flag says which footprints are such squares, so
-- a later workbook may move them with the point, and a drawing may replace them.
ALTER TABLE core.works ADD COLUMN footprint_provisional boolean NOT NULL DEFAULT false;
COMMENT ON COLUMN core.works.footprint_provisional IS
    'true: a square drawn around the point of a workbook row (ADR 0021), to be replaced by the drawn footprint';
