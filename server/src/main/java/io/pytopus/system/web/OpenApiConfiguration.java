package io.pytopus.system.web;

import io.pytopus.system.PublicEndpoints;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The OpenAPI 3.1 document at {@code /v3/api-docs}, from which the web app's API types are
 * generated. Beyond what springdoc infers from the controllers, it documents what every operation
 * shares: the {@code Problem} schema of error responses, the errors any operation can answer with,
 * the session cookie and the CSRF header.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String PROBLEM = "Problem";
    static final String SESSION = "session";
    static final String CSRF = "csrf";

    @Bean
    OpenAPI pytopusOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Pytopus API")
                        .version("v1")
                        .description("""
                                The API of Pytopus, a pet octopus that lives in your browser.

                                Sign in with `POST /api/v1/auth/login` (or register); the session is a \
                                cookie. Every request that changes something must echo the `XSRF-TOKEN` \
                                cookie in the `X-XSRF-TOKEN` header (`GET /api/v1/auth/csrf` sets it). \
                                Every error is an RFC 9457 problem document whose `code` is stable.""")
                        .license(new License().name("Proprietary")))
                .components(new Components()
                        .addSecuritySchemes(
                                SESSION,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.COOKIE)
                                        .name("SESSION")
                                        .description("The session cookie (`__Host-SESSION` in production)."))
                        .addSecuritySchemes(
                                CSRF,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.APIKEY)
                                        .in(SecurityScheme.In.HEADER)
                                        .name("X-XSRF-TOKEN")
                                        .description("The value of the `XSRF-TOKEN` cookie; required on "
                                                + "POST, PUT, PATCH and DELETE.")));
    }

    @Bean
    OpenApiCustomizer commonErrorResponses(ObjectProvider<PublicEndpoints> publicEndpoints) {
        return openApi -> {
            // Added here, after springdoc has copied the OpenAPI bean: its copy cannot read a map schema back.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            var open = publicEndpoints
                    .orderedStream()
                    .flatMap(endpoints -> endpoints.endpoints().stream())
                    .toList();
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperationsMap().forEach((method, operation) -> document(path, method, operation, open));
                }
            });
        };
    }

    private static void document(
            String path, PathItem.HttpMethod method, Operation operation, List<PublicEndpoints.Endpoint> open) {
        boolean isPublic = open.stream().anyMatch(endpoint -> matches(endpoint, path, method));
        boolean unsafe = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasInput = hasBody
                || (operation.getParameters() != null
                        && !operation.getParameters().isEmpty());
        if (!isPublic) {
            operation.addSecurityItem(new SecurityRequirement().addList(SESSION));
        }
        if (unsafe) {
            operation.addSecurityItem(new SecurityRequirement().addList(CSRF));
        }
        if (hasInput) {
            addIfAbsent(
                    operation,
                    "400",
                    "The request is malformed (`MALFORMED_REQUEST`) or has invalid fields (`VALIDATION_FAILED`,"
                            + " with `errors` naming each field).");
        }
        if (!isPublic) {
            addIfAbsent(operation, "401", "No signed-in session (`UNAUTHENTICATED`).");
        }
        if (unsafe) {
            addIfAbsent(operation, "403", "The CSRF token is missing or wrong (`CSRF_TOKEN_INVALID`).");
        }
        if (hasBody) {
            addIfAbsent(operation, "413", "The body is larger than 64 KB (`PAYLOAD_TOO_LARGE`).");
            addIfAbsent(operation, "415", "The body is not JSON (`UNSUPPORTED_MEDIA_TYPE`).");
        }
        addIfAbsent(operation, "500", "Something failed on the server (`INTERNAL_ERROR`).");
    }

    private static boolean matches(PublicEndpoints.Endpoint endpoint, String path, PathItem.HttpMethod method) {
        return (endpoint.method() == null || endpoint.method().name().equals(method.name()))
                && PathPatternParser.defaultInstance.parse(endpoint.pattern()).matches(PathContainer.parsePath(path));
    }

    private static void addIfAbsent(Operation operation, String status, String description) {
        var response = operation.getResponses().get(status);
        if (response == null) {
            response = new ApiResponse().description(description);
            operation.getResponses().addApiResponse(status, response);
        }
        if (response.getContent() == null || response.getContent().isEmpty()) {
            response.setContent(problemContent());
        }
    }

    /**
     * Error responses declared on a controller get the problem schema (springdoc would give them the
     * method's return type), and 429 its header.
     */
    @Bean
    OpenApiCustomizer problemContentOnDeclaredErrors() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().stream()
                    .flatMap(item -> item.readOperations().stream())
                    .flatMap(operation -> operation.getResponses().entrySet().stream())
                    .filter(entry ->
                            entry.getKey().startsWith("4") || entry.getKey().startsWith("5"))
                    .forEach(entry -> {
                        var response = entry.getValue();
                        if (response.getContent() == null
                                || !response.getContent()
                                        .containsKey(
                                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                            response.setContent(problemContent());
                        }
                        if (entry.getKey().equals("429")) {
                            response.addHeaderObject(
                                    "Retry-After",
                                    new Header()
                                            .description("Seconds to wait before trying again.")
                                            .schema(new IntegerSchema()));
                        }
                    });
        };
    }

    static Content problemContent() {
        return new Content()
                .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem document. Switch on `code`, never on `title` or `detail`.")
                .properties(Map.<String, Schema>of(
                        "type", new StringSchema().format("uri"),
                        "title", new StringSchema(),
                        "status", new IntegerSchema(),
                        "detail", new StringSchema(),
                        "instance", new StringSchema().format("uri-reference"),
                        "code", new StringSchema().description("Stable machine-readable code, e.g. `EMAIL_TAKEN`."),
                        "errors",
                                new MapSchema()
                                        .additionalProperties(new StringSchema())
                                        .description("With `VALIDATION_FAILED`: what is wrong with each field."),
                        "retryAfterSeconds", new IntegerSchema().description("With `RATE_LIMITED`.")))
                .required(List.of("type", "status", "code"));
    }
}
