package org.sheltergis.siting.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.Spreadsheets;
import org.sheltergis.siting.Fields;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The relocation-fee ledger: balances, receipts, allocations, and CSV import (all or nothing). Under /api/ledger, not
 * /api/public: these figures are the office's, not the public's. Planners read; writing needs
 * {@link org.sheltergis.security.AccessRules#LEDGER_WRITER} (checked for every write to the ledger's paths).
 */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

    private final FeeLedger ledger;

    LedgerController(FeeLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/balance")
    Map<String, Object> balance(@RequestParam(required = false) String district) {
        List<FeeLedger.Balance> rows = ledger.balances(Fields.blankToNull(district));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "districts",
                rows.subList(0, rows.size() - 1).stream()
                        .map(FeeLedger.Balance::json)
                        .toList());
        out.put("city", rows.get(rows.size() - 1).json());
        return out;
    }

    @GetMapping("/receipts")
    List<Map<String, Object>> receipts(
            @RequestParam(required = false) String district, @RequestParam(defaultValue = "500") int limit) {
        return ledger.receipts(Fields.blankToNull(district), checkLimit(limit));
    }

    @GetMapping("/allocations")
    List<Map<String, Object>> allocations(
            @RequestParam(required = false) String district, @RequestParam(defaultValue = "500") int limit) {
        return ledger.allocations(Fields.blankToNull(district), checkLimit(limit));
    }

    @PostMapping(path = "/receipts", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> addReceipt(@RequestBody LedgerEntry body) {
        return one(body, "receipt");
    }

    @PostMapping(path = "/allocations", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> addAllocation(@RequestBody LedgerEntry body) {
        return one(body, "allocation");
    }

    /**
     * CSV with a header naming the columns (kind, project, district_code, exempted_area, rate, amount, date, site_code,
     * note: those of {@link LedgerEntry}); every row is checked before any is written.
     */
    // text/csv only: text/plain is what a cross-site form can send without a preflight (415 problem+json).
    @PostMapping(path = "/import", consumes = "text/csv")
    Map<String, Object> importCsv(@RequestBody(required = false) String csv) {
        if (csv == null || csv.isBlank()) {
            throw new BadRequestException("body", "send the ledger rows as CSV with a header line");
        }
        List<Map<String, String>> rows = Spreadsheets.readCsv(csv);
        if (rows.isEmpty()) {
            throw new BadRequestException("body", "the CSV has a header but no rows");
        }
        Map<String, Object> out = ledger.record(rows, "import");
        List<FeeLedger.Balance> balances = ledger.balances(null);
        out.put("balance", balances.get(balances.size() - 1).json());
        return out;
    }

    /** A single row from JSON: its problems are a 400 naming the first field at fault. */
    private Map<String, Object> one(LedgerEntry body, String kind) {
        try {
            return ledger.record(List.of(body.row(kind)), "create");
        } catch (LedgerRejected e) {
            LedgerRows.Problem first = e.problems().get(0);
            throw new BadRequestException(first.field(), first.message());
        }
    }

    private static int checkLimit(int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new BadRequestException("limit", "limit must be between 1 and 10000");
        }
        return limit;
    }
}
