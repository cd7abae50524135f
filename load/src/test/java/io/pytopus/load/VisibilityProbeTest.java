package io.pytopus.load;

import static io.pytopus.load.VisibilityProbe.MISS;
import static io.pytopus.load.VisibilityProbe.millis;
import static io.pytopus.load.VisibilityProbe.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisibilityProbeTest {

    @Test
    void fivePercentMissesMakeTheP95AMiss() {
        var times = new ArrayList<Double>();
        for (int i = 1; i <= 95; i++) {
            times.add((double) i);
        }
        times.addAll(Collections.nCopies(6, MISS));
        Collections.shuffle(times);

        assertThat(millis(percentile(times, 95))).isEqualTo("miss");
        assertThat(percentile(times, 50)).isEqualTo(51.0);
    }

    @Test
    void aFewMissesStayAboveTheP95ButAreNotDropped() {
        var times = new ArrayList<Double>();
        for (int i = 1; i <= 99; i++) {
            times.add((double) i);
        }
        times.add(MISS);

        // Dropping the miss would make the p95 the 95th of 99 values (95 ms); counted, it is the 95th of 100.
        assertThat(percentile(times, 95)).isEqualTo(95.0);
        assertThat(millis(percentile(times, 100))).isEqualTo("miss");
        assertThat(millis(percentile(List.of(12.34), 95))).isEqualTo("12.3");
    }
}
