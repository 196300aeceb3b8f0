package org.sheltergis.editing;

import org.sheltergis.common.BadRequestException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A rule the database enforces and the checks here missed (an unknown district, say) is the client's error: 400, not
 * 500. The transaction has rolled back already.
 */
@RestControllerAdvice(assignableTypes = EditController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class EditProblems {

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        String field = message.contains("district") ? "district_code" : "body";
        return ResponseEntity.badRequest()
                .body(new BadRequestException(
                                field,
                                "the edit breaks a rule of the register"
                                        + (field.equals("body") ? "" : " (unknown " + field + ")"))
                        .getBody());
    }
}
