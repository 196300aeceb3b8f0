package org.sheltergis.siting.ledger;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks ledger rows (receipts of relocation fees, allocations of fees to sites) against the register before any is
 * written, and collects every problem with its row and field. Allocations may not take a district's balance below
 * zero; rows count in order, so a receipt earlier in the same file funds a later allocation.
 */
final class LedgerRows {

    record Receipt(String project, String district, double exemptedArea, double rate, double amount, LocalDate date) {}

    record Allocation(long siteId, String district, double amount, LocalDate date, String note) {}

    record Problem(int row, String field, String message) {}

    record Site(long id, String district) {}

    record Checked(List<Receipt> receipts, List<Allocation> allocations, List<Problem> problems) {}

    /** Amounts are numeric(14,2): below 10^12 CNY. */
    private static final double MAX_AMOUNT = 1e12;

    private final Map<String, Double> balance;
    private final Map<String, Site> sites;
    private final double defaultRate;

    LedgerRows(Map<String, Double> balance, Map<String, Site> sites, double defaultRate) {
        this.balance = new HashMap<>(balance);
        this.sites = sites;
        this.defaultRate = defaultRate;
    }

    Checked check(List<Map<String, String>> rows) {
        List<Receipt> receipts = new ArrayList<>();
        List<Allocation> allocations = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Cells c = new Cells(rows.get(r), r + 1, problems);
            String kind = c.text("kind");
            kind = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
            switch (kind) {
                case "receipt" -> receipt(c, receipts);
                case "allocation" -> allocation(c, allocations);
                default -> c.problem("kind", "kind must be receipt or allocation");
            }
        }
        return new Checked(receipts, allocations, problems);
    }

    private void receipt(Cells c, List<Receipt> out) {
        String project = c.required("project");
        String district = c.district(balance);
        Double area = c.positive("exempted_area", true);
        Double rate = c.positive("rate", false);
        rate = rate == null ? defaultRate : rate;
        Double amount = c.number("amount");
        if (amount != null && amount < 0) {
            c.problem("amount", "amount must not be negative");
        }
        LocalDate date = c.date();
        // The columns' ranges (numeric(12,1), (10,2), (14,2)): beyond them the row is a typing error, not a 500.
        c.below("exempted_area", area, 1e11);
        c.below("rate", rate, 1e8);
        Double value = amount != null ? amount : area == null ? null : Math.round(area * rate * 100) / 100.0;
        c.below("amount", value, MAX_AMOUNT);
        if (c.ok() && project != null && district != null && area != null && date != null) {
            balance.merge(district, value, Double::sum);
            out.add(new Receipt(project, district, area, rate, value, date));
        }
    }

    private void allocation(Cells c, List<Allocation> out) {
        String code = c.required("site_code");
        Site site = code == null ? null : sites.get(code);
        if (code != null && site == null) {
            c.problem("site_code", "no candidate site has the code '" + code + "'");
        }
        String district = c.text("district_code") != null || site == null || site.district() == null
                ? c.district(balance)
                : site.district();
        Double amount = c.positive("amount", true);
        c.below("amount", amount, MAX_AMOUNT);
        LocalDate date = c.date();
        if (district != null && amount != null && amount < MAX_AMOUNT) {
            double left = balance.getOrDefault(district, 0.0);
            if (amount > left + 0.005) {
                c.problem(
                        "amount",
                        String.format(
                                Locale.ROOT,
                                "allocating %.2f would overdraw district %s (balance %.2f)",
                                amount,
                                district,
                                left));
            }
        }
        if (c.ok() && site != null && district != null && amount != null && date != null) {
            balance.merge(district, -amount, Double::sum);
            out.add(new Allocation(site.id(), district, amount, date, c.text("note")));
        }
    }

    /** One row's cells, reading with the row's problems collected. */
    private static final class Cells {
        private final Map<String, String> cells;
        private final int row;
        private final List<Problem> problems;
        private final int before;

        Cells(Map<String, String> cells, int row, List<Problem> problems) {
            this.cells = cells;
            this.row = row;
            this.problems = problems;
            this.before = problems.size();
        }

        boolean ok() {
            return problems.size() == before;
        }

        void problem(String field, String message) {
            problems.add(new Problem(row, field, message));
        }

        String text(String field) {
            String v = cells.get(field);
            return v == null || v.isBlank() ? null : v.trim();
        }

        String required(String field) {
            String v = text(field);
            if (v == null) {
                problem(field, field + " is required");
            }
            return v;
        }

        String district(Map<String, Double> known) {
            String d = required("district_code");
            if (d != null && !known.containsKey(d)) {
                problem("district_code", "unknown district code '" + d + "'");
                return null;
            }
            return d;
        }

        Double number(String field) {
            String v = text(field);
            if (v == null) {
                return null;
            }
            try {
                double d = Double.parseDouble(v.replace(",", ""));
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException();
                }
                return d;
            } catch (NumberFormatException e) {
                problem(field, "'" + v + "' is not a number");
                return null;
            }
        }

        Double positive(String field, boolean required) {
            if (required && text(field) == null) {
                problem(field, field + " is required");
                return null;
            }
            Double d = number(field);
            if (d != null && d <= 0) {
                problem(field, field + " must be more than 0");
                return null;
            }
            return d;
        }

        void below(String field, Double value, double limit) {
            if (value != null && value >= limit) {
                problem(field, String.format(Locale.ROOT, "%s must be less than %.0f", field, limit));
            }
        }

        LocalDate date() {
            String v = required("date");
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problem("date", "'" + v + "' is not a date (yyyy-mm-dd)");
                return null;
            }
        }
    }
}
