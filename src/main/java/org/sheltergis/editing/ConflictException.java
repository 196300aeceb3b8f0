package org.sheltergis.editing;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;

/**
 * An edit based on a version that is no longer current: 409 with the current state, so the editor can see what
 * changed and redo the edit on top of it. Nothing of the refused edit is written.
 */
public class ConflictException extends ErrorResponseException {

    public ConflictException(String detail, JsonNode current) {
        super(HttpStatus.CONFLICT, problem(detail, current), null);
    }

    private static ProblemDetail problem(String detail, JsonNode current) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        p.setTitle("Edited by someone else");
        p.setType(URI.create("urn:sheltergis:problem:stale-version"));
        p.setProperty("current", current);
        return p;
    }
}
