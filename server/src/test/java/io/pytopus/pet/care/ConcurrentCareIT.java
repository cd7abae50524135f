package io.pytopus.pet.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.pytopus.Browser;
import io.pytopus.IntegrationTest;
import io.pytopus.TestClock;
import io.pytopus.pet.simulation.ActionOutcome;
import io.pytopus.pet.simulation.OctopusState;
import io.pytopus.pet.simulation.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;

/**
 * Many actions at once on one octopus: optimistic locking with retry must store every acknowledged
 * action exactly once, and the stored snapshot must equal a replay of the stored history.
 */
@IntegrationTest
@AutoConfigureTestRestTemplate
class ConcurrentCareIT {

    private static final int ACTIONS = 50;

    @Autowired
    TestRestTemplate http;

    @Autowired
    TestClock clock;

    @Autowired
    Simulation simulation;

    @Autowired
    PetRepository pets;

    @Test
    void fiftyConcurrentActionsAreEachStoredOnceAndReplayToTheStoredState() throws Exception {
        var owner = new Browser(http);
        owner.register();
        var id = owner.post("/api/v1/pets", Map.of("name", "Busy", "species", "BLUE_RINGED", "color", "#3366ff"))
                .json()
                .path("id")
                .asString();
        clock.skip(Duration.ofMinutes(11));

        var start = new CountDownLatch(1);
        List<Future<Browser.Response>> answers = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < ACTIONS; i++) {
                var type = i % 2 == 0 ? "CLEAN" : "STROKE";
                Callable<Browser.Response> call = () -> {
                    start.await();
                    return owner.post("/api/v1/pets/" + id + "/actions", Map.of("type", type));
                };
                answers.add(threads.submit(call));
            }
            start.countDown();
        }

        long acknowledged = 0;
        for (var answer : answers) {
            var response = answer.get();
            assertThat(response.code()).as(response.body()).isIn(200, 409);
            if (response.code() == 200) {
                acknowledged++;
            }
        }
        var stored = pets.findById(UUID.fromString(id)).orElseThrow();
        var history = pets.history(stored.id());

        assertThat(acknowledged).isEqualTo(ACTIONS);
        assertThat(history).hasSize(ACTIONS);
        assertThat(history).extracting(StoredAction::seq).containsExactlyElementsOf(sequence(ACTIONS));
        assertThat(stored.actionCount()).isEqualTo(ACTIONS);
        assertSameOctopus(replay(stored, history), stored.state());
    }

    private OctopusState replay(PetRecord pet, List<StoredAction> history) {
        OctopusState state = simulation.hatchEgg(pet.id(), pet.state().species(), pet.createdAt());
        for (var action : history) {
            var outcome =
                    simulation.apply(state, action.type().toAction(action.item()), action.actedAt(), action.seq());
            assertThat(outcome).isInstanceOf(ActionOutcome.Applied.class);
            var applied = (ActionOutcome.Applied) outcome;
            assertThat(applied.happenings()).isEqualTo(action.happenings());
            state = applied.state();
        }
        return state;
    }

    private static void assertSameOctopus(OctopusState replayed, OctopusState stored) {
        assertThat(replayed.updatedAt()).isEqualTo(stored.updatedAt());
        assertThat(replayed.tricks()).isEqualTo(stored.tricks());
        assertThat(replayed.asleep()).isEqualTo(stored.asleep());
        assertThat(replayed.trust()).isCloseTo(stored.trust(), within(1e-9));
        assertThat(replayed.ink()).isCloseTo(stored.ink(), within(1e-9));
        assertThat(replayed.needs().joy()).isCloseTo(stored.needs().joy(), within(1e-9));
        assertThat(replayed.needs().cleanliness()).isCloseTo(stored.needs().cleanliness(), within(1e-9));
        assertThat(replayed.needs().satiety()).isCloseTo(stored.needs().satiety(), within(1e-9));
        assertThat(replayed.needs().energy()).isCloseTo(stored.needs().energy(), within(1e-9));
        assertThat(replayed.needs().health()).isCloseTo(stored.needs().health(), within(1e-9));
    }

    private static List<Long> sequence(int n) {
        var seqs = new ArrayList<Long>();
        for (long i = 1; i <= n; i++) {
            seqs.add(i);
        }
        return seqs;
    }
}
