package org.sheltergis.common;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Something asked for by name or id that does not exist (or that the caller may not know exists): 404. */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        p.setTitle("Not found");
        p.setType(URI.create("urn:sheltergis:problem:not-found"));
        return p;
    }
}
