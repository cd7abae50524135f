package io.pytopus.system.web;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cheapest answer the public API gives: through the same filters, security and JSON writing as
 * every other route, but with no session, database or cache. Uptime checks from outside use it, and
 * the load harness measures every other route against it (docs/performance.md).
 */
@RestController
class PingController {

    private static final Map<String, String> PONG = Map.of("status", "ok");

    @GetMapping("/api/v1/ping")
    Map<String, String> ping() {
        return PONG;
    }
}
