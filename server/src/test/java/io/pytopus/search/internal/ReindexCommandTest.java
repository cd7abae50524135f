package io.pytopus.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pytopus.search.SearchIndex;
import org.junit.jupiter.api.Test;

class ReindexCommandTest {

    @Test
    void theCommandNamesOneIndexSeveralOrAll() {
        assertThat(ReindexCommand.indices("all")).containsExactly(SearchIndex.PETS, SearchIndex.JOURNAL);
        assertThat(ReindexCommand.indices(" Journal ")).containsExactly(SearchIndex.JOURNAL);
        assertThat(ReindexCommand.indices("journal,pets")).containsExactly(SearchIndex.JOURNAL, SearchIndex.PETS);
    }

    @Test
    void anUnknownIndexIsRefusedBeforeAnythingIsTouched() {
        assertThatThrownBy(() -> ReindexCommand.indices("octopi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pets, journal or all");
    }
}
