package org.sheltergis.siting.ledger;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.common.SqlFiles;
import org.sheltergis.security.AuditLog;
import org.sheltergis.siting.SitingProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relocation-fee ledger: fees received per district, allocations of fees to sites, and the balance per district
 * and city-wide. Rows are recorded all or nothing, after every row has been checked; each names who recorded it and
 * has its audit row, written in the same transaction.
 */
@Component
public class FeeLedger {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SitingProperties settings;
    private final AuditLog audit;

    FeeLedger(JdbcClient jdbc, TransactionTemplate tx, SitingProperties settings, AuditLog audit) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
        this.audit = audit;
    }

    record Balance(
            String districtCode, String nameZh, String nameEn, double received, double allocated, double balance) {

        /** As the API answers it (snake_case, the district code null for the city-wide total). */
        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("district_code", districtCode);
            m.put("name_zh", nameZh);
            m.put("name_en", nameEn);
            m.put("received", received);
            m.put("allocated", allocated);
            m.put("balance", balance);
            return m;
        }
    }

    /** Per district with any ledger entry (and the asked-for district), plus the city-wide total last. */
    List<Balance> balances(String district) {
        List<Balance> rows = new java.util.ArrayList<>(jdbc.sql(SqlFiles.load("siting/balances.sql"))
                .param("district", district)
                .query(Balance.class)
                .list());
        double received = rows.stream().mapToDouble(Balance::received).sum();
        double allocated = rows.stream().mapToDouble(Balance::allocated).sum();
        rows.add(new Balance(null, "全市", "City-wide", received, allocated, received - allocated));
        return rows;
    }

    /** The balance of a district, or city-wide when the district is null. */
    public double balance(String district) {
        return balances(district).stream()
                .filter(b -> district == null ? b.districtCode() == null : district.equals(b.districtCode()))
                .mapToDouble(Balance::balance)
                .findFirst()
                .orElse(0);
    }

    List<Map<String, Object>> receipts(String district, int limit) {
        return jdbc.sql(SqlFiles.load("siting/receipts.sql"))
                .param("district", district)
                .param("limit", limit)
                .query()
                .listOfRows();
    }

    List<Map<String, Object>> allocations(String district, int limit) {
        return jdbc.sql(SqlFiles.load("siting/allocations.sql"))
                .param("district", district)
                .param("limit", limit)
                .query()
                .listOfRows();
    }

    /**
     * Checks then writes the rows in one transaction; any problem writes nothing and is thrown with all problems. Each
     * row is audited as {@code action} ("create" for a single row, "import" for a CSV file's rows).
     */
    Map<String, Object> record(List<Map<String, String>> rows, String action) {
        return tx.execute(status -> {
            // Serialise ledger writers so two concurrent allocations cannot both spend the same balance.
            jdbc.sql("LOCK TABLE core.fee_allocations, core.fee_receipts IN SHARE ROW EXCLUSIVE MODE")
                    .update();
            LedgerRows.Checked checked = rowsChecker().check(rows);
            if (!checked.problems().isEmpty()) {
                throw new LedgerRejected(checked.problems());
            }
            String actor = audit.actor();
            for (LedgerRows.Receipt r : checked.receipts()) {
                long id = jdbc.sql(SqlFiles.load("siting/insert_receipt.sql"))
                        .param("project", r.project())
                        .param("district_code", r.district())
                        .param("exempted_area", r.exemptedArea())
                        .param("rate", r.rate())
                        .param("amount", r.amount())
                        .param("date", r.date().toString())
                        .param("actor", actor)
                        .query(Long.class)
                        .single();
                audit.record(action, "fee_receipt", Long.toString(id), null, r);
            }
            for (LedgerRows.Allocation a : checked.allocations()) {
                long id = jdbc.sql(SqlFiles.load("siting/insert_allocation.sql"))
                        .param("site_id", a.siteId())
                        .param("district_code", a.district())
                        .param("amount", a.amount())
                        .param("date", a.date().toString())
                        .param("note", a.note())
                        .param("actor", actor)
                        .query(Long.class)
                        .single();
                audit.record(action, "fee_allocation", Long.toString(id), null, a);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("receipts", checked.receipts().size());
            out.put("allocations", checked.allocations().size());
            return out;
        });
    }

    private LedgerRows rowsChecker() {
        Map<String, Double> balance = new HashMap<>();
        Map<String, LedgerRows.Site> sites = new HashMap<>();
        for (Map<String, Object> row :
                jdbc.sql(SqlFiles.load("siting/ledger_context.sql")).query().listOfRows()) {
            String code = (String) row.get("code");
            if ("district".equals(row.get("what"))) {
                balance.put(code, ((Number) row.get("balance")).doubleValue());
            } else {
                sites.put(code, new LedgerRows.Site(((Number) row.get("id")).longValue(), (String)
                        row.get("district_code")));
            }
        }
        return new LedgerRows(balance, sites, settings.feeRate());
    }
}
