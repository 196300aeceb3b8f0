package org.sheltergis.common;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every REST error is RFC 9457 problem+json. Parameter errors name the parameter; a database that cannot be reached is a
 * 503 with Retry-After (the OGC API answers through here too); unexpected failures are a 500 with a plain message and
 * no stack trace (the trace goes to the log).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        var ex = new BadRequestException(e.getName(), "'" + e.getValue() + "' is not a valid value for " + e.getName());
        return ResponseEntity.badRequest().body(ex.getBody());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var ex =
                new BadRequestException(e.getParameterName(), "the parameter " + e.getParameterName() + " is required");
        return ResponseEntity.badRequest().body(ex.getBody());
    }

    /** A request body that breaks a Bean Validation constraint: 400 naming the field as the JSON spells it. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Object target = e.getBindingResult().getTarget();
        FieldError field = e.getBindingResult().getFieldError();
        if (field == null) {
            var global = e.getBindingResult().getGlobalError();
            return badRequest("body", global == null ? "the request body is not valid" : global.getDefaultMessage());
        }
        String name = JsonNames.of(target == null ? Object.class : target.getClass(), field.getField());
        String message = field.getDefaultMessage() == null ? name + " is not valid" : field.getDefaultMessage();
        return badRequest(name, message);
    }

    /** No body, broken JSON, or a value of the wrong type: 400 naming the field when Jackson knows which. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getMostSpecificCause() instanceof JacksonException json
                && !json.getPath().isEmpty()) {
            String path = json.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("body");
            return badRequest(path, path + " has a value of the wrong type");
        }
        return badRequest("body", "the request body is missing or is not valid JSON");
    }

    private static ResponseEntity<Object> badRequest(String parameter, String detail) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(new BadRequestException(parameter, detail).getBody());
    }

    /** An upload endpoint called without a multipart body: 400 naming the part it needs. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> notMultipart(org.springframework.web.multipart.MultipartException e) {
        return badRequest("file", "send the file as multipart/form-data in a part named file");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DatabaseOutage.isOutage(e)) {
            log.warn("database unavailable: {}", e.getMessage());
            ProblemDetail p = ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE, "The database is not reachable at the moment; try again shortly.");
            p.setType(URI.create("urn:sheltergis:problem:database-unavailable"));
            p.setTitle("Service unavailable");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.retryAfter())
                    .body(p);
        }
        log.error("unexpected failure", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not complete the request. The failure has been logged.");
        p.setType(URI.create("urn:sheltergis:problem:internal"));
        return ResponseEntity.internalServerError().body(p);
    }
}
