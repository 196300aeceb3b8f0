package org.sheltergis.common;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.exc.MismatchedInputException;

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

    /**
     * A request body that breaks Bean Validation constraints: 400 naming the field as the JSON spells it (nested ones
     * by their path, {@code items[0].work_id}); {@code errors} lists every broken constraint, {@code parameter} and the
     * detail are the first of them in path order.
     */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Object target = e.getBindingResult().getTarget();
        Class<?> type = target == null ? Object.class : target.getClass();
        // A record component's constraint sits on its field and its accessor: one fault, listed once.
        Map<String, Map<String, Object>> unique = new LinkedHashMap<>();
        for (FieldError field : e.getBindingResult().getFieldErrors()) {
            String name = JsonNames.path(type, field.getField());
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", name);
            error.put("detail", sentence(name, field.getDefaultMessage()));
            unique.putIfAbsent(name + "\n" + error.get("detail"), error);
        }
        List<Map<String, Object>> errors = new ArrayList<>(unique.values());
        if (errors.isEmpty()) {
            var global = e.getBindingResult().getGlobalError();
            return badRequest("body", global == null ? "the request body is not valid" : global.getDefaultMessage());
        }
        errors.sort(Comparator.comparing(m -> (String) m.get("field")));
        var first = errors.get(0);
        var problem = new BadRequestException((String) first.get("field"), (String) first.get("detail")).getBody();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * A constraint's message as a sentence about the field: "must not be null" becomes "version must not be null", a
     * message that starts with the field's own name ("lon is required") gets its whole path ("entrances[0].lon ...").
     */
    static String sentence(String path, String message) {
        if (message == null || message.isBlank()) {
            return path + " is not valid";
        }
        String leaf = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*$", "");
        if (message.startsWith(leaf + " ")) {
            return path + message.substring(leaf.length());
        }
        return message.startsWith(path + " ") ? message : path + " " + message;
    }

    /** No body, broken JSON, or a value of the wrong type: 400 naming the field when Jackson knows which. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        JacksonException json = jsonFault(e);
        if (json != null) {
            String path = json.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
                    .orElse("body");
            String expected = json instanceof MismatchedInputException m ? expected(m.getTargetType()) : null;
            return badRequest(
                    path, expected == null ? path + " has a value of the wrong type" : path + " must be " + expected);
        }
        return badRequest("body", "the request body is missing or is not valid JSON");
    }

    /**
     * The reader's fault that knows the field: the outermost one with a path, as a value Jackson hands to a parser of
     * its own (a date) fails with that parser's exception underneath.
     */
    private static JacksonException jsonFault(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof JacksonException j && !j.getPath().isEmpty()) {
                return j;
            }
        }
        return null;
    }

    /** What a value of the Java type looks like in JSON, for the message, or null when there is no plain word. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return null;
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return null;
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
