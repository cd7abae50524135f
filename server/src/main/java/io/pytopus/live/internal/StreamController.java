package io.pytopus.live.internal;

import io.pytopus.account.CurrentUser;
import io.pytopus.account.PytopusUser;
import io.pytopus.system.ConditionalOnRole;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code GET /api/v1/stream}: the signed-in user's live events (ADR 0015). */
@RestController
@ConditionalOnRole("api")
@Tag(name = "Live updates", description = "Server-sent events of the signed-in user's octopuses and notifications.")
class StreamController {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final LiveStreams streams;

    StreamController(LiveStreams streams) {
        this.streams = streams;
    }

    @GetMapping("/api/v1/stream")
    @Operation(summary = "My live events, as server-sent events", description = """
                    A `text/event-stream` that stays open. Each of my events comes as `id: <eventId>`, \
                    `event: <routing key>` (`pet.care-given`, `pet.hatched`, `pet.stage-reached`, \
                    `pet.trick-learned`, `pet.fell-sick`, `pet.escaped`, `pet.released`, \
                    `notification.posted`, `achievement.unlocked`, `reef.pet-waved`, …) and \
                    `data: <the event's JSON>`. A `:heartbeat` comment comes every 15 s. On reconnect the \
                    browser sends `Last-Event-ID`: the events after it are replayed if this server still \
                    has them; otherwise an `event: resync` (data `{}`) says to refetch everything.""")
    @ApiResponse(
            responseCode = "200",
            description = "The stream.",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "503", description = "This server is shutting down (`SHUTTING_DOWN`); reconnect.")
    ResponseEntity<SseEmitter> stream(
            @Parameter(hidden = true) @CurrentUser PytopusUser user,
            @Parameter(description = "The id of the last event received, sent by the browser on reconnect")
                    @RequestHeader(name = LAST_EVENT_ID, required = false)
                    @Nullable
                    String lastEventId,
            HttpServletRequest request) {
        var headers = ResponseEntity.ok()
                .contentType(MediaType.TEXT_EVENT_STREAM)
                // Reverse proxies such as nginx would otherwise buffer the stream.
                .header("X-Accel-Buffering", "no");
        if ("HEAD".equals(request.getMethod())) {
            // A HEAD has no body; an open stream behind it would hold the connection for nothing.
            return headers.build();
        }
        return headers.body(streams.open(user.id(), lastEventId));
    }
}
