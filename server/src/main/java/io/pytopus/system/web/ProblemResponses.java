package io.pytopus.system.web;

import io.pytopus.system.ProblemException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem document straight to a servlet response, for failures that happen before Spring
 * MVC sees the request (security filters, the body-size limit). Same shape as the documents of
 * {@link ProblemDetailsAdvice}.
 */
@Component
public class ProblemResponses {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public void write(HttpServletResponse response, ProblemException problem) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        problem.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        write(response, problem.toProblemDetail());
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), body);
    }
}
