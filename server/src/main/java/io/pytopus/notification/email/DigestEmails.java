package io.pytopus.notification.email;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import io.pytopus.pet.simulation.Stage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of the weekly digest, "Inky's week": for each octopus its stage, the tricks it learned
 * and the waves it received that week, and its care streak. Pure.
 */
final class DigestEmails {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private DigestEmails() {}

    static RenderedEmail render(
            String displayName, LocalDate weekStart, List<PetWeek> pets, String appUrl, String unsubscribeUrl) {
        if (pets.isEmpty()) {
            throw new IllegalArgumentException("A digest needs at least one octopus");
        }
        String subject = Subjects.clean(possessive(names(pets)) + " week");
        String period = DAY.format(weekStart) + " to " + DAY.format(weekStart.plusDays(6));

        var text = new StringBuilder()
                .append("Hello ")
                .append(displayName)
                .append(",\n\n")
                .append("Here is ")
                .append(subject)
                .append(", ")
                .append(period)
                .append(".\n");
        var html = new StringBuilder("<!DOCTYPE html>\n<html><body>\n")
                .append("<p>Hello ")
                .append(htmlEscape(displayName))
                .append(",</p>\n")
                .append("<h1>")
                .append(htmlEscape(subject))
                .append("</h1>\n<p>")
                .append(htmlEscape(period))
                .append("</p>\n");
        for (PetWeek pet : pets) {
            var lines = lines(pet);
            text.append("\n").append(pet.name()).append(", ").append(state(pet)).append("\n");
            html.append("<h2>")
                    .append(htmlEscape(pet.name()))
                    .append(", ")
                    .append(htmlEscape(state(pet)))
                    .append("</h2>\n<ul>\n");
            for (String line : lines) {
                text.append("  - ").append(line).append("\n");
                html.append("<li>").append(htmlEscape(line)).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        text.append("\nSee them: ")
                .append(appUrl)
                .append("\n\n-- \nYou receive this because you asked for a weekly digest.\n")
                .append("Stop it: ")
                .append(unsubscribeUrl)
                .append("\n");
        html.append("<p><a href=\"")
                .append(htmlEscape(appUrl))
                .append("\">See them</a></p>\n")
                .append("<hr>\n<p><small>You receive this because you asked for a weekly digest. ")
                .append("<a href=\"")
                .append(htmlEscape(unsubscribeUrl))
                .append("\">Stop it</a>.</small></p>\n</body></html>\n");
        return new RenderedEmail(subject, text.toString(), html.toString());
    }

    private static List<String> lines(PetWeek pet) {
        var lines = new ArrayList<String>();
        lines.add("Tricks learned this week: " + pet.tricksLearned());
        lines.add("Waves received this week: " + pet.wavesReceived());
        lines.add("Care given this week: " + count(pet.careActions(), "time"));
        lines.add("Care streak: " + count(pet.careStreakDays(), "day"));
        return lines;
    }

    private static String state(PetWeek pet) {
        String stage = stage(pet.stage());
        if (pet.onVacation()) {
            return stage + ", on vacation";
        }
        return pet.sick() ? stage + ", and sick" : stage;
    }

    private static String stage(Stage stage) {
        return switch (stage) {
            case EGG -> "an egg";
            case HATCHLING -> "a hatchling";
            case JUVENILE -> "a juvenile";
            case ADULT -> "an adult";
            case ELDER -> "a wise elder";
        };
    }

    private static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String names(List<PetWeek> pets) {
        var names = pets.stream().map(PetWeek::name).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /** One octopus's week. */
    record PetWeek(
            String name,
            Stage stage,
            boolean onVacation,
            boolean sick,
            int tricksLearned,
            int wavesReceived,
            int careActions,
            int careStreakDays) {}
}
