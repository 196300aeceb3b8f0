package org.sheltergis.importer;

import java.util.List;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * What a register import did or would do (dry run): per row the action (create, update, unchanged, refused) with the
 * changed columns and where its point landed, and every problem with its row, column and reason in Chinese and
 * English. Applied only when {@code applied} — then all rows were written in one transaction; otherwise nothing was.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RegisterReport(
        String file,
        String sha256,
        String encoding,
        String crs,
        String crsEn,
        String crsHow,
        boolean applied,
        List<RowOutcome> rows,
        List<Problem> problems,
        List<String> warnings) {

    /** One problem: the spreadsheet row (1 = header; 0 = the whole file), the column header, the reason. */
    public record Problem(int row, String column, String code, String kind, String reason_zh, String reason_en) {}

    /**
     * One row's outcome. {@code outside_district}: the point does not lie in the district the row names (drawn red).
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record RowOutcome(
            int row,
            String code,
            String name,
            String action,
            List<String> changes,
            Double lon,
            Double lat,
            String district_code,
            boolean outside_district,
            Long work_id) {}

    /** Rows per action (create, update, unchanged, refused), for the page's summary. */
    public java.util.Map<String, Long> getCounts() {
        var m = new java.util.LinkedHashMap<String, Long>();
        for (String a : List.of("create", "update", "unchanged", "refused")) {
            m.put(a, count(a));
        }
        return m;
    }

    public long count(String action) {
        return rows.stream().filter(r -> r.action().equals(action)).count();
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
