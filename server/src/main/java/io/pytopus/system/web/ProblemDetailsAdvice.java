package io.pytopus.system.web;

import io.pytopus.system.ProblemException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure into an RFC 9457 problem document with a stable {@code code}.
 *
 * <p>Spring MVC's own exceptions (bad JSON, wrong method, missing parameter, …) are handled by
 * the superclass; we add the {@code code} and field errors. A client's mistake is always a 4xx:
 * broken JSON is {@code MALFORMED_REQUEST}, well-formed JSON with a wrong type or an unknown enum
 * constant is {@code VALIDATION_FAILED} with the field named, like a failed constraint. Anything
 * unexpected becomes a 500 whose body reveals nothing internal; the details go to the log.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";

    private final WebProperties properties;

    ProblemDetailsAdvice(WebProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
        return ResponseEntity.status(ex.status()).headers(ex.headers()).body(ex.toProblemDetail());
    }

    /** Optimistic-lock retries ran out: the client's request was fine, it should just try again. */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> handleContention(OptimisticLockingFailureException ex) {
        return handleProblem(new ProblemException(
                HttpStatus.CONFLICT,
                "CONCURRENT_UPDATE",
                "Too many changes arrived at once; nothing was changed. Please try again."));
    }

    /**
     * Spring Security's firewall refused part of the request (a parameter name it does not allow, as
     * in a form body of JSON text): the request is malformed, not our failure.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> handleRejected(RequestRejectedException ex) {
        return handleProblem(new ProblemException(
                HttpStatus.BAD_REQUEST, MALFORMED_REQUEST, "The request is malformed: " + ex.getMessage()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, WebRequest request) {
        if (TemporarilyUnavailable.causedBy(ex)) {
            log.warn("Database unavailable on {}: {}", request.getDescription(false), ex.toString());
            return handleProblem(TemporarilyUnavailable.problem());
        }
        log.error("Unexpected failure on {}", request.getDescription(false), ex);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again.");
        problem.setProperty("code", "INTERNAL_ERROR");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(error -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(error -> errors.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
        return handleExceptionInternal(ex, validationFailed(errors), headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            var name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> errors.putIfAbsent(name == null ? "parameter" : name, error.getDefaultMessage()));
        }
        return handleExceptionInternal(ex, validationFailed(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var name =
                ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        var errors = Map.of(name == null ? "parameter" : name, "has an invalid value");
        return handleExceptionInternal(ex, validationFailed(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var errors = Map.of(ex.getParameterName(), "is required");
        return handleExceptionInternal(ex, validationFailed(errors), headers, status, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedBy(ex, RequestBodyTooLargeException.class) != null) {
            var tooLarge =
                    RequestBodyLimitFilter.tooLarge(properties.maxRequestBody().toBytes());
            return handleExceptionInternal(ex, tooLarge.toProblemDetail(), headers, tooLarge.status(), request);
        }
        var mismatch = causedBy(ex, MismatchedInputException.class);
        if (mismatch != null && !mismatch.getPath().isEmpty()) {
            var errors = Map.of(path(mismatch), expectation(mismatch));
            return handleExceptionInternal(ex, validationFailed(errors), headers, status, request);
        }
        var problem = ProblemDetail.forStatusAndDetail(
                status,
                ex.getCause() == null
                        ? "The request body is missing."
                        : "The request body is not valid JSON for this operation.");
        problem.setType(ProblemException.typeFor(MALFORMED_REQUEST));
        problem.setProperty("code", MALFORMED_REQUEST);
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", codeFor(statusCode));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ProblemDetail validationFailed(Map<String, String> errors) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "The request has invalid fields: " + String.join(", ", errors.keySet()) + ".");
        problem.setType(ProblemException.typeFor(VALIDATION_FAILED));
        problem.setProperty("code", VALIDATION_FAILED);
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The JSON path of the offending value, as a client would name it: {@code quietHours.from}. */
    private static String path(JacksonException ex) {
        var path = new StringBuilder();
        for (var reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expectation(MismatchedInputException ex) {
        var target = ex.getTargetType();
        if (target != null && target.isEnum()) {
            return "must be one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        if (ex instanceof InvalidFormatException || target != null) {
            return "has the wrong type or format" + (target == null ? "" : " (expected " + describe(target) + ")");
        }
        return "has the wrong type";
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "String" -> "a string";
            case "Boolean", "boolean" -> "true or false";
            case "Integer", "int", "Long", "long" -> "an integer";
            case "LocalTime" -> "a time such as 22:30";
            case "Instant", "OffsetDateTime" -> "an ISO-8601 timestamp";
            case "UUID" -> "a UUID";
            default -> type.isRecord() ? "an object" : "a " + type.getSimpleName();
        };
    }

    private static <T extends Throwable> @Nullable T causedBy(Throwable ex, Class<T> type) {
        for (var cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    static String codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 422 -> "UNPROCESSABLE_CONTENT";
            default -> {
                var resolved = HttpStatus.resolve(status.value());
                yield resolved == null ? "HTTP_" + status.value() : resolved.name();
            }
        };
    }
}
