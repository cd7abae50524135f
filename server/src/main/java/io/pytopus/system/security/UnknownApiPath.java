package io.pytopus.system.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Matches a path under {@code /api} that no controller maps, so it can pass through to Spring MVC
 * and get the same 404 problem document with or without a session. Every mapped API path still
 * requires a session (unless declared public); this only keeps "there is no such endpoint" from
 * being reported as "please sign in".
 */
final class UnknownApiPath implements RequestMatcher {

    private final RequestMappingHandlerMapping handlerMapping;
    private volatile List<PathPattern> apiPatterns;

    UnknownApiPath(RequestMappingHandlerMapping handlerMapping) {
        this.handlerMapping = handlerMapping;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        var path = ServletRequestPathUtils.parse(request).pathWithinApplication();
        if (!path.value().startsWith("/api/") && !path.value().equals("/api")) {
            return false;
        }
        return apiPatterns().stream().noneMatch(pattern -> pattern.matches(path));
    }

    /** Read once, after the controllers are registered (the first request comes after that). */
    private List<PathPattern> apiPatterns() {
        var patterns = apiPatterns;
        if (patterns == null) {
            patterns = handlerMapping.getHandlerMethods().keySet().stream()
                    .map(info -> info.getPathPatternsCondition())
                    .filter(Objects::nonNull)
                    .flatMap(condition -> condition.getPatterns().stream())
                    .filter(pattern -> pattern.getPatternString().startsWith("/api"))
                    .toList();
            apiPatterns = patterns;
        }
        return patterns;
    }
}
