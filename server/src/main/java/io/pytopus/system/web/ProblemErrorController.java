package io.pytopus.system.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the servlet container's error page ({@code /error}) with a problem document too, for the
 * few failures that never reach Spring MVC (an exception inside a filter, a request the container
 * refused). Replaces Spring Boot's map-shaped error body.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        // (A filter's store that could not answer in time never gets here: StoreUnavailableFilter.)
        var status = HttpStatus.resolve(statusOf(request));
        if (status == null || !status.isError()) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        var problem = ProblemDetail.forStatusAndDetail(
                status,
                status.is5xxServerError()
                        ? "Something went wrong on our side. Please try again."
                        : status.getReasonPhrase() + ".");
        problem.setProperty(
                "code",
                status == HttpStatus.INTERNAL_SERVER_ERROR ? "INTERNAL_ERROR" : ProblemDetailsAdvice.codeFor(status));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A request for {@code /error} itself, not an error dispatch, finds nothing there. */
    private static int statusOf(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
    }
}
