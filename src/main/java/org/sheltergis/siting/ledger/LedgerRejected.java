package org.sheltergis.siting.ledger;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Ledger rows that failed their checks: 422 problem+json listing every problem by row and field; nothing written. */
class LedgerRejected extends ErrorResponseException {

    private final List<LedgerRows.Problem> problems;

    LedgerRejected(List<LedgerRows.Problem> problems) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, body(problems), null);
        this.problems = problems;
    }

    List<LedgerRows.Problem> problems() {
        return problems;
    }

    private static ProblemDetail body(List<LedgerRows.Problem> problems) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                problems.size() + " problem(s) in the ledger rows; nothing was recorded.");
        p.setTitle("Ledger rows rejected");
        p.setType(URI.create("urn:sheltergis:problem:ledger-rows"));
        p.setProperty(
                "errors",
                problems.stream()
                        .map(e -> {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("row", e.row());
                            m.put("field", e.field());
                            m.put("message", e.message());
                            return m;
                        })
                        .toList());
        return p;
    }
}
