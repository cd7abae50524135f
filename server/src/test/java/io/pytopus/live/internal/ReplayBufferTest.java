package io.pytopus.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReplayBufferTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final UUID INKY = UUID.randomUUID();
    private static final UUID BOB = UUID.randomUUID();

    private final ReplayBuffer buffer = new ReplayBuffer(3, 5, Duration.ofMinutes(1));

    @Test
    void whatCameAfterAKnownIdIsReplayedInOrder() {
        buffer.add(event(INKY, "a"), 0);
        buffer.add(event(BOB, "b"), 0);
        buffer.add(event(INKY, "c"), 0);
        buffer.add(event(INKY, "d"), 0);

        assertThat(ids(buffer.after(INKY, "a", 0).orElseThrow())).containsExactly("c", "d");
        assertThat(ids(buffer.after(INKY, "d", 0).orElseThrow())).isEmpty();
        assertThat(ids(buffer.after(BOB, "b", 0).orElseThrow())).isEmpty();
    }

    @Test
    void anUnknownIdOrUserCannotBeReplayed() {
        buffer.add(event(INKY, "a"), 0);

        assertThat(buffer.after(INKY, "zzz", 0)).isEmpty();
        assertThat(buffer.after(BOB, "a", 0)).as("another user's id").isEmpty();
    }

    @Test
    void aRedeliveredEventIsRefused() {
        assertThat(buffer.add(event(INKY, "a"), 0)).isTrue();

        assertThat(buffer.add(event(INKY, "a"), 0)).isFalse();
        assertThat(buffer.size()).isEqualTo(1);
    }

    @Test
    void eachUserKeepsOnlyTheirNewestEvents() {
        for (var id : List.of("a", "b", "c", "d")) {
            buffer.add(event(INKY, id), 0);
        }

        assertThat(buffer.after(INKY, "a", 0)).as("dropped").isEmpty();
        assertThat(ids(buffer.after(INKY, "b", 0).orElseThrow())).containsExactly("c", "d");
    }

    @Test
    void allUsersTogetherKeepOnlyTheNewestEvents() {
        buffer.add(event(INKY, "a"), 0);
        buffer.add(event(BOB, "b1"), 0);
        buffer.add(event(BOB, "b2"), 0);
        buffer.add(event(BOB, "b3"), 0);
        buffer.add(event(INKY, "c"), 0);
        buffer.add(event(BOB, "b4"), 0); // the sixth: the oldest of all goes

        assertThat(buffer.after(INKY, "a", 0)).isEmpty();
        assertThat(ids(buffer.after(INKY, "c", 0).orElseThrow())).isEmpty();
        assertThat(ids(buffer.after(BOB, "b2", 0).orElseThrow())).containsExactly("b3", "b4");
        assertThat(buffer.size()).isLessThanOrEqualTo(5);
    }

    @Test
    void oldEventsAreForgotten() {
        buffer.add(event(INKY, "a"), 0);
        buffer.add(event(INKY, "b"), 50 * SECOND);

        assertThat(ids(buffer.after(INKY, "a", 59 * SECOND).orElseThrow())).containsExactly("b");
        assertThat(buffer.after(INKY, "a", 61 * SECOND)).isEmpty();
        assertThat(ids(buffer.after(INKY, "b", 61 * SECOND).orElseThrow())).isEmpty();

        buffer.prune(111 * SECOND);

        assertThat(buffer.size()).isZero();
        assertThat(buffer.add(event(INKY, "a"), 111 * SECOND))
                .as("forgotten, so new again")
                .isTrue();
    }

    private static LiveEvent event(UUID user, String id) {
        return new LiveEvent(id, "pet.care-given", "{\"eventId\":\"" + id + "\"}", user);
    }

    private static List<String> ids(List<LiveEvent> events) {
        return events.stream().map(LiveEvent::id).toList();
    }
}
