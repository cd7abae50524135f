package io.pytopus.search.internal;

import io.pytopus.pet.simulation.Personality;
import io.pytopus.pet.simulation.Species;
import io.pytopus.pet.simulation.Stage;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A search of the reef: words to match (fuzzily) in names, bios and owners' names, filters, an
 * order and a page.
 *
 * @param text the words, or {@code null} for every pet
 */
record ReefQuery(
        @Nullable String text,
        @Nullable Species species,
        @Nullable Stage stage,
        @Nullable Personality personality,
        Order order,
        int page,
        int size) {

    /** How results are ordered; relevance and waves break ties by each other. */
    enum Order {
        /** Best match first. */
        RELEVANCE,
        /** Oldest first: the longest lived in the tank, vacations not counted. */
        AGE,
        /** Most waved at first. */
        WAVES;

        static Optional<Order> parse(String value) {
            for (Order order : values()) {
                if (order.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return Optional.of(order);
                }
            }
            return Optional.empty();
        }
    }
}
