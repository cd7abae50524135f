package io.pytopus.system.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Lets the browser deep-link into the single-page app: a path of the app's own router (no file
 * extension, not under {@code /api}, {@code /actuator}, {@code /health}, the OpenAPI document or Swagger UI) is
 * answered with {@code index.html}, and the client-side router takes it from there. Unknown API
 * paths still get a 404 problem document.
 */
@Controller
class SinglePageAppController {

    @GetMapping({
        "/{path:^(?!api$|actuator$|health$|v3$|swagger-ui$|error$)[^.]*}",
        "/{path:^(?!api$|actuator$|health$|v3$|swagger-ui$|error$)[^.]*}/**"
    })
    String forwardToApp() {
        return "forward:/index.html";
    }
}
