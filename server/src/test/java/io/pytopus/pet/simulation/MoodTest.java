package io.pytopus.pet.simulation;

import static io.pytopus.pet.simulation.Octopi.juvenile;
import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.pet.simulation.Skin.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** "Mood and skin" of DESIGN §2: the first matching rule wins. */
class MoodTest {

    private static Mood moodOf(Octopi pet) {
        return pet.build().mood();
    }

    @Test
    void aSleepingOctopusIsAsleepWhateverElseIsWrong() {
        assertThat(moodOf(juvenile().asleep().sick().satiety(5).energy(5))).isEqualTo(Mood.ASLEEP);
    }

    @Test
    void aSickOctopusIsSickBeforeScaredOrStarving() {
        assertThat(moodOf(juvenile().sick().scaredHours(0.01).satiety(5))).isEqualTo(Mood.SICK);
    }

    @Test
    void aStartledOctopusIsScaredBeforeStarving() {
        assertThat(moodOf(juvenile().scaredHours(0.01).satiety(5))).isEqualTo(Mood.SCARED);
    }

    @Test
    void satietyBelow15IsStarvingBeforeTired() {
        assertThat(moodOf(juvenile().satiety(14.9).energy(5))).isEqualTo(Mood.STARVING);
        assertThat(moodOf(juvenile().satiety(15).energy(5))).isEqualTo(Mood.TIRED);
    }

    @Test
    void energyBelow20IsTiredBeforeFilthy() {
        assertThat(moodOf(juvenile().energy(19.9).cleanliness(5))).isEqualTo(Mood.TIRED);
        assertThat(moodOf(juvenile().energy(20).cleanliness(5))).isEqualTo(Mood.FILTHY);
    }

    @Test
    void cleanlinessBelow20IsFilthyBeforeHungry() {
        assertThat(moodOf(juvenile().cleanliness(19.9).satiety(30))).isEqualTo(Mood.FILTHY);
        assertThat(moodOf(juvenile().cleanliness(20).satiety(30))).isEqualTo(Mood.HUNGRY);
    }

    @Test
    void satietyBelow40IsHungryBeforeBored() {
        assertThat(moodOf(juvenile().satiety(39.9).joy(5))).isEqualTo(Mood.HUNGRY);
        assertThat(moodOf(juvenile().satiety(40).joy(5))).isEqualTo(Mood.BORED);
    }

    @Test
    void joyBelow30IsBored() {
        assertThat(moodOf(juvenile().joy(29.9))).isEqualTo(Mood.BORED);
    }

    @Test
    void everyNeedAtLeast80WithTrustAtLeast60IsEcstatic() {
        assertThat(moodOf(juvenile().needs(80).trust(60))).isEqualTo(Mood.ECSTATIC);
        assertThat(moodOf(juvenile().needs(80).trust(59.9))).isEqualTo(Mood.HAPPY);
        assertThat(moodOf(juvenile().needs(80).health(79.9).trust(100))).isEqualTo(Mood.HAPPY);
    }

    @Test
    void aMeanOfNeedsAtLeast65IsHappyAndBelowIsContent() {
        assertThat(moodOf(juvenile().needs(65))).isEqualTo(Mood.HAPPY);
        assertThat(moodOf(juvenile().needs(65).joy(64.9))).isEqualTo(Mood.CONTENT);
    }

    @Test
    void theMoodIsThatOfTheOctopusNow() {
        OctopusState pet = juvenile().satiety(41).build();

        assertThat(pet.mood()).isNotEqualTo(Mood.HUNGRY);
        assertThat(Octopi.REAL_TIME.mood(pet, Octopi.plusHours(Octopi.T0, 1))).isEqualTo(Mood.HUNGRY);
    }

    @ParameterizedTest
    @EnumSource(Mood.class)
    void everyMoodShowsAHexColourAndAPattern(Mood mood) {
        assertThat(mood.skin().color()).matches("#[0-9a-f]{6}");
        assertThat(mood.skin().pattern()).isNotNull();
    }

    @Test
    void theSkinFollowsTheMoodLikeChromatophores() {
        assertThat(Mood.ECSTATIC.skin()).isEqualTo(new Skin("#ff6f61", Pattern.RIPPLING));
        assertThat(Mood.ASLEEP.skin().pattern()).isEqualTo(Pattern.DREAM_FLASHES);
        assertThat(Mood.SICK.skin().pattern()).isEqualTo(Pattern.BLOTCHY);
        assertThat(Mood.SCARED.skin().pattern()).isEqualTo(Pattern.FLASHING);
        assertThat(Mood.BORED.skin().pattern()).isEqualTo(Pattern.MOTTLED);
        assertThat(Octopi.REAL_TIME.skin(juvenile().needs(90).trust(90).build(), Octopi.T0))
                .isEqualTo(Mood.ECSTATIC.skin());
    }
}
