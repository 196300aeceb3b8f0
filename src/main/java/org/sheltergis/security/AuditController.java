package org.sheltergis.security;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.Spreadsheets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for admins: as JSON pages, or exported whole as CSV (opens in Excel/WPS). */
@RestController
class AuditController {

    private static final int EXPORT_LIMIT = 1_000_000;
    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/admin/audit")
    List<AuditLog.Entry> entries(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") long offset) {
        if (limit < 1 || limit > 10_000) {
            throw new BadRequestException("limit", "limit must be between 1 and 10000");
        }
        if (offset < 0) {
            throw new BadRequestException("offset", "offset must not be negative");
        }
        return audit.listEntries(bound(from, "from"), bound(to, "to"), limit, offset);
    }

    @GetMapping("/api/admin/audit.csv")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        var entries = audit.listEntries(bound(from, "from"), bound(to, "to"), EXPORT_LIMIT, 0);
        List<List<?>> records = new ArrayList<>(entries.size() + 1);
        records.add(List.of("id", "at", "actor", "action", "object_type", "object_id", "before", "after"));
        for (AuditLog.Entry e : entries) {
            records.add(Arrays.asList(
                    e.id(), e.at(), e.actor(), e.action(), e.objectType(), e.objectId(), e.before(), e.after()));
        }
        return ResponseEntity.ok()
                .contentType(Spreadsheets.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                .body(Spreadsheets.csv(records));
    }

    /** A date (2026-01-31) or an ISO timestamp with offset, checked here so the SQL only ever sees valid text. */
    static String bound(String text, String parameter) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim()).toString();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text.trim()).toString();
            } catch (DateTimeParseException e2) {
                throw new BadRequestException(
                        parameter, parameter + " must be a date (2026-01-31) or an ISO timestamp with offset");
            }
        }
    }
}
