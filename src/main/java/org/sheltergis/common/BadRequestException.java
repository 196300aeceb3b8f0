package org.sheltergis.common;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A request parameter or field at fault: answered as 400 problem+json naming it. */
public class BadRequestException extends ErrorResponseException {

    private final String parameter;

    public BadRequestException(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    private static ProblemDetail problem(String parameter, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        p.setTitle("Invalid parameter: " + parameter);
        p.setType(URI.create("urn:sheltergis:problem:invalid-parameter"));
        p.setProperty("parameter", parameter);
        return p;
    }
}
