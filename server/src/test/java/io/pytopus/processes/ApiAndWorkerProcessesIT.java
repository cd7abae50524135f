package io.pytopus.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pytopus.Browser;
import io.pytopus.PytopusProcess;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.listener.AbstractMessageListenerContainer;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code pytopus.roles} splits Pytopus into an API process and a worker process that work together
 * through PostgreSQL and RabbitMQ (DESIGN §3, issue 5): an action taken through the API process waits
 * in the journal's queue until a worker process exists, which then writes its journal entry.
 */
@OwnProcesses
class ApiAndWorkerProcessesIT {

    private static final Duration DELIVERY = Duration.ofSeconds(90);

    static PytopusProcess api;
    static PytopusProcess worker;

    @BeforeAll
    static void startTheApiProcess() {
        api = PytopusProcess.start("pytopus.roles=api");
    }

    @AfterAll
    static void stopTheProcesses() {
        if (worker != null) {
            worker.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void anActionTakenThroughTheApiProcessIsJournaledByTheWorkerProcess() {
        // The API process consumes its own live queue and nothing else.
        assertThat(listenedQueues(api)).singleElement().asString().startsWith("pytopus.live.");
        var owner = api.browser();
        assertThat(owner.register().code()).isEqualTo(201);
        String pet = egg(owner, "Split");
        assertThat(owner.post("/api/v1/pets/" + pet + "/actions", Map.of("type", "CLEAN"))
                        .code())
                .isEqualTo(200);

        // The broker confirmed both events, so they wait in pytopus.journal: nobody journals them.
        await().atMost(DELIVERY).until(() -> publications(pet, false) == 2 && publications(pet, true) == 0);
        assertThat(journal(owner, pet).path("totalEntries").asLong()).isZero();

        worker = PytopusProcess.start("pytopus.roles=worker");

        assertThat(listenedQueues(worker)).contains("pytopus.journal").noneMatch(q -> q.startsWith("pytopus.live."));
        var entries = await().atMost(DELIVERY)
                .until(
                        () -> journal(owner, pet),
                        page -> page.path("totalEntries").asLong() == 2);
        assertThat(entries.path("entries").findValuesAsString("text"))
                .containsExactly("Split got a clean tank.", "Split's egg was laid in a fresh tank.");

        // Live streams are the API's: the worker does not even know the route.
        assertThat(api.browser().get("/api/v1/stream").code())
                .as("without a session")
                .isEqualTo(401);
        var onWorker = worker.browser().get("/api/v1/stream");
        assertThat(onWorker.code()).isEqualTo(404);
        assertThat(onWorker.problemCode()).isEqualTo("NOT_FOUND");
    }

    private static List<String> listenedQueues(PytopusProcess process) {
        return process.bean(RabbitListenerEndpointRegistry.class).getListenerContainers().stream()
                .flatMap(container -> List.of(((AbstractMessageListenerContainer) container).getQueueNames()).stream())
                .toList();
    }

    /** The outbox publications of the pet's events, all or only the incomplete ones. */
    private static long publications(String pet, boolean incompleteOnly) {
        return api.bean(JdbcClient.class)
                .sql("SELECT count(*) FROM outbox WHERE payload LIKE :pet"
                        + (incompleteOnly ? " AND completed_at IS NULL" : ""))
                .param("pet", "%" + pet + "%")
                .query(Long.class)
                .single();
    }

    private static tools.jackson.databind.JsonNode journal(Browser owner, String pet) {
        return owner.get("/api/v1/pets/" + pet + "/journal").json();
    }

    private static String egg(Browser owner, String name) {
        var egg = owner.post("/api/v1/pets", Map.of("name", name, "species", "COMMON", "color", "#c8553d"));
        assertThat(egg.code()).isEqualTo(201);
        return egg.json().path("id").asString();
    }
}
