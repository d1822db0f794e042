package org.missionplanner.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Problem details (RFC 9457) for every error of the JSON API. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(1)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound() {
        return problem(HttpStatus.NOT_FOUND, "Not found", "The requested resource does not exist.");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail conflict() {
        return problem(
                HttpStatus.CONFLICT, "Conflict", "Someone else changed this in the meantime. Reload and try again.");
    }

    /** Two changes locked the same rows in opposite order (a deadlock) and this one was chosen to give way. */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> collided() {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(
                        HttpStatus.CONFLICT,
                        "Conflict",
                        "Someone else was changing the same thing at the same moment. Try again."));
    }

    @ExceptionHandler(BusinessRuleException.class)
    ProblemDetail businessRule(BusinessRuleException e) {
        String message = messages.getMessage(e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale());
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Request refused", message);
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        List<FieldProblem> errors = e.violations().stream()
                .filter(violation -> violation.field() != null)
                .map(violation -> new FieldProblem(
                        violation.field(),
                        messages.getMessage(
                                violation.messageKey(), null, violation.messageKey(), LocaleContextHolder.getLocale())))
                .toList();
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /** Bean Validation failures: one entry per field, with the message a form would show. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "Some fields are not valid.");
        problem.setProperty(
                "errors",
                ex.getBindingResult().getFieldErrors().stream()
                        .map(error -> new FieldProblem(
                                error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale())))
                        .toList());
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * A body that cannot be read, such as an unknown enumeration value or a malformed date: the field
     * where reading stopped is named, when the JSON reader knows it.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request body could not be read.");
        String field = unreadableField(ex);
        if (field != null) {
            problem.setProperty("errors", List.of(new FieldProblem(field, message(unreadableReason(ex)))));
        }
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A request parameter or path variable that cannot be read (a NUL byte in {@code ?q=}): named. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", "A parameter is not valid.");
        String name =
                ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        if (name != null) {
            String key = ex.getRequiredType() == String.class
                    ? "validation.text.controlCharacters"
                    : ex.getRequiredType() == LocalDate.class ? "validation.date.invalid" : "api.field.unreadable";
            problem.setProperty("errors", List.of(new FieldProblem(name, message(key))));
        }
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The message key saying why a value of the body was refused: its text, its date, or just unreadable. */
    private static String unreadableReason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                Class<?> type = mismatch.getTargetType();
                if (type == String.class) {
                    return "validation.text.controlCharacters";
                }
                if (type == LocalDate.class || type == Instant.class) {
                    return "validation.date.invalid";
                }
            }
        }
        return "api.field.unreadable";
    }

    private String message(String key) {
        return messages.getMessage(key, null, "This value cannot be read.", LocaleContextHolder.getLocale());
    }

    /** The JSON path of the value that could not be read, as "supporters[1]", or null. */
    private static String unreadableField(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                StringBuilder field = new StringBuilder();
                for (JacksonException.Reference step : json.getPath()) {
                    if (step.getPropertyName() != null) {
                        field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
                    } else if (step.getIndex() >= 0) {
                        field.append('[').append(step.getIndex()).append(']');
                    }
                }
                return field.isEmpty() ? null : field.toString();
            }
        }
        return null;
    }

    record FieldProblem(String field, String message) {}

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
