package io.pytopus.system.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void anIdIsAVersion4UuidInItsUsualText() {
        for (int i = 0; i < 1_000; i++) {
            var id = RequestIds.next();

            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            var uuid = UUID.fromString(id);
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
        }
    }

    /** One virtual thread per request, as Tomcat runs them here: each seeds a generator of its own. */
    @Test
    void idsFromManyRequestThreadsAreAllDistinct() throws Exception {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        int threads = 20_000;
        int perThread = 10;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var done = new ArrayList<Future<?>>();
            for (int t = 0; t < threads; t++) {
                done.add(executor.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        seen.add(RequestIds.next());
                    }
                }));
            }
            for (var future : done) {
                future.get();
            }
        }

        assertThat(seen).hasSize(threads * perThread);
    }

    @Test
    void aLongLivedThreadNeverRepeatsItself() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 200_000; i++) {
            seen.add(RequestIds.next());
        }

        assertThat(seen).hasSize(200_000);
    }
}
