package io.pytopus.notification.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.pytopus.notification.email.DigestEmails.PetWeek;
import io.pytopus.pet.simulation.Stage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestEmailsTest {

    private static final LocalDate WEEK = LocalDate.parse("2026-06-01");
    private static final PetWeek INKY = new PetWeek("Inky", Stage.ADULT, false, false, 2, 5, 31, 4);

    @Test
    void oneOctopusGivesItsWeekWithEveryFigure() {
        var email = DigestEmails.render("Keeper", WEEK, List.of(INKY), "http://app", "http://app/unsubscribe/x");

        assertThat(email.subject()).isEqualTo("Inky's week");
        assertThat(email.text())
                .contains("Hello Keeper,")
                .contains("1 June 2026 to 7 June 2026")
                .contains("Inky, an adult")
                .contains("Tricks learned this week: 2")
                .contains("Waves received this week: 5")
                .contains("Care given this week: 31 times")
                .contains("Care streak: 4 days")
                .contains("http://app/unsubscribe/x");
        assertThat(email.html()).contains("<h1>Inky&#39;s week</h1>").contains("<li>Care streak: 4 days</li>");
    }

    @Test
    void severalOctopusesShareTheSubject() {
        var blob = new PetWeek("Blob", Stage.HATCHLING, true, false, 0, 0, 1, 1);
        var squid = new PetWeek("Squids", Stage.ELDER, false, true, 0, 1, 0, 0);

        var email = DigestEmails.render("Keeper", WEEK, List.of(INKY, blob, squid), "http://app", "http://app/u");

        assertThat(email.subject()).isEqualTo("Inky, Blob and Squids' week");
        assertThat(email.text())
                .contains("Blob, a hatchling, on vacation")
                .contains("Squids, a wise elder, and sick")
                .contains("Care given this week: 1 time\n")
                .contains("Care streak: 1 day\n")
                .contains("Care streak: 0 days");
    }

    @Test
    void namesAreEscapedInHtmlAndKeptToOneLineInTheSubject() {
        var odd = new PetWeek("<b>Ink\r\ny</b>", Stage.JUVENILE, false, false, 0, 0, 0, 0);

        var email = DigestEmails.render("A & B", WEEK, List.of(odd), "http://app", "http://app/u");

        assertThat(email.subject()).isEqualTo("<b>Ink y</b>'s week").doesNotContain("\n");
        assertThat(email.html())
                .contains("Hello A &amp; B,")
                .contains("&lt;b&gt;Ink")
                .doesNotContain("<b>Ink");
    }
}
