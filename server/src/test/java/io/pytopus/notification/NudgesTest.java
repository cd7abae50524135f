package io.pytopus.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.pet.PetAttention.Need;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a nudge. */
class NudgesTest {

    @Test
    void theTitleNamesTheMostUrgentNeed() {
        var nudge = Nudges.of("Inky", List.of(Need.HUNGRY));

        assertThat(nudge.kind()).isEqualTo("HUNGRY");
        assertThat(nudge.title()).isEqualTo("Inky is hungry");
        assertThat(nudge.body()).isEqualTo("A shrimp, a clam or a crab would help.");
    }

    @Test
    void theBodyListsTheOtherNeeds() {
        var nudge = Nudges.of("Inky", List.of(Need.SICK, Need.HUNGRY, Need.DIRTY_TANK, Need.BORED));

        assertThat(nudge.title()).isEqualTo("Inky is sick");
        assertThat(nudge.body()).endsWith("Inky is also hungry, in murky water and bored.");
    }

    @Test
    void aDirtyTankIsAboutTheTank() {
        assertThat(Nudges.of("Inky", List.of(Need.DIRTY_TANK, Need.TIRED)).title())
                .isEqualTo("Inky's tank needs cleaning");
    }
}
