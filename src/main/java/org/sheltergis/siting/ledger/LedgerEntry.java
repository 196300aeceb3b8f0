package org.sheltergis.siting.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * One receipt or allocation sent as JSON ({@code POST /api/ledger/receipts}, {@code /allocations}), with the columns
 * of the CSV import. Only the JSON types are checked on binding: what is required and what is in range is
 * {@link LedgerRows}'s, the same for a JSON row and a CSV file.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record LedgerEntry(
        String project,
        String districtCode,
        Double exemptedArea,
        Double rate,
        Double amount,
        String date,
        String siteCode,
        String note) {

    /** The entry as a row of cells, the way {@link LedgerRows} reads a CSV line; absent fields are absent cells. */
    Map<String, String> row(String kind) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("kind", kind);
        put(row, "project", project);
        put(row, "district_code", districtCode);
        put(row, "exempted_area", exemptedArea);
        put(row, "rate", rate);
        put(row, "amount", amount);
        put(row, "date", date);
        put(row, "site_code", siteCode);
        put(row, "note", note);
        return row;
    }

    private static void put(Map<String, String> row, String column, Object value) {
        if (value != null) {
            row.put(
                    column,
                    value instanceof Double d ? java.math.BigDecimal.valueOf(d).toPlainString() : value.toString());
        }
    }
}
