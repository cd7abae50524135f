package io.pytopus.system.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.batch.SimpleBatchingStrategy;

/** How the relay packs a batch of events into AMQP messages (ADR 0027). */
class OutboxRelayGroupsTest {

    private static OutboxEntry event(String routingKey, String type) {
        var id = UUID.randomUUID();
        return new OutboxEntry(
                id, "pytopus.events", routingKey, type, "{\"eventId\":\"" + id + "\"}", null, Instant.EPOCH);
    }

    @Test
    void consecutiveEventsOfOneKindShareAMessageUpToTheLimit() {
        var care = List.of(
                event("pet.care-given", "CareGiven"),
                event("pet.care-given", "CareGiven"),
                event("pet.care-given", "CareGiven"));
        var hatched = event("pet.hatched", "PetHatched");
        var later = event("pet.care-given", "CareGiven");
        var batch = new ArrayList<>(care);
        batch.add(hatched);
        batch.add(later);

        var groups = OutboxRelay.groups(batch, 2);

        assertThat(groups)
                .containsExactly(
                        List.of(care.get(0), care.get(1)), List.of(care.get(2)), List.of(hatched), List.of(later));
    }

    @Test
    void aSameRoutingKeyOfAnotherTypeStartsAMessageOfItsOwn() {
        var a = event("reef.#", "PetWaved");
        var b = event("reef.#", "SnackGiven");

        assertThat(OutboxRelay.groups(List.of(a, b), 50)).containsExactly(List.of(a), List.of(b));
    }

    @Test
    void aPackedMessageIsSplitBackIntoItsEventsInOrder() {
        var events = List.of(event("pet.care-given", "CareGiven"), event("pet.care-given", "CareGiven"));

        Message packed = OutboxRelay.message(events);

        var splitter = new SimpleBatchingStrategy(0, 0, 0L);
        assertThat(splitter.canDebatch(packed.getMessageProperties())).isTrue();
        var bodies = new ArrayList<String>();
        splitter.deBatch(packed, fragment -> bodies.add(new String(fragment.getBody(), StandardCharsets.UTF_8)));
        assertThat(bodies)
                .containsExactly(events.get(0).payload(), events.get(1).payload());
        assertThat(packed.getMessageProperties().getType()).isEqualTo("CareGiven");
        assertThat(packed.getMessageProperties().getContentType()).isEqualTo(MessageProperties.CONTENT_TYPE_JSON);
    }

    @Test
    void aSingleEventIsAPlainMessage() {
        var one = event("pet.hatched", "PetHatched");

        Message plain = OutboxRelay.message(List.of(one));

        assertThat(new SimpleBatchingStrategy(0, 0, 0L).canDebatch(plain.getMessageProperties()))
                .isFalse();
        assertThat(plain.getMessageProperties().getMessageId())
                .isEqualTo(one.id().toString());
    }
}
