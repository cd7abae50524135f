package io.pytopus.live.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RecipientsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID VISITOR = UUID.randomUUID();

    @Test
    void petAndReefEventsGoToThePetsOwnerNeverToAVisitor() {
        var waved = JSON.readTree("{\"ownerId\":\"" + OWNER + "\",\"visitorId\":\"" + VISITOR + "\"}");

        assertThat(Recipients.of("pet.care-given", waved)).contains(OWNER);
        assertThat(Recipients.of("reef.pet-waved", waved)).contains(OWNER);
    }

    @Test
    void notificationsAndAchievementsGoToTheirUser() {
        var event = JSON.readTree("{\"userId\":\"" + OWNER + "\",\"ownerId\":\"" + VISITOR + "\"}");

        assertThat(Recipients.of("notification.posted", event)).contains(OWNER);
        assertThat(Recipients.of("achievement.unlocked", event)).contains(OWNER);
    }

    @Test
    void anEventOfAnotherFamilyOrWithoutAReadableUserGoesNowhere() {
        var event = JSON.readTree("{\"userId\":\"" + OWNER + "\",\"ownerId\":\"" + OWNER + "\"}");

        assertThat(Recipients.of("account.deleted", event)).isEmpty();
        assertThat(Recipients.of("pet", event)).isEmpty();
        assertThat(Recipients.of("notification.posted", JSON.readTree("{\"ownerId\":\"" + OWNER + "\"}")))
                .isEmpty();
        assertThat(Recipients.of("pet.hatched", JSON.readTree("{\"ownerId\":\"not-a-uuid\"}")))
                .isEmpty();
        assertThat(Recipients.of("pet.hatched", JSON.readTree("{\"ownerId\":42}")))
                .isEmpty();
    }
}
