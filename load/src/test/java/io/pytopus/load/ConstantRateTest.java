package io.pytopus.load;

import static io.pytopus.load.ConstantRate.millis;
import static io.pytopus.load.ConstantRate.percentile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ConstantRateTest {

    @Test
    void anUnansweredRequestIsSlowerThanAnyAnsweredOne() {
        long[] latencies = new long[100];
        for (int i = 0; i < 98; i++) {
            latencies[i] = (i + 1) * 1_000_000L;
        }
        latencies[98] = Long.MAX_VALUE;
        latencies[99] = Long.MAX_VALUE;
        Arrays.sort(latencies);

        assertThat(millis(percentile(latencies, 95))).isEqualTo("95.00");
        assertThat(millis(percentile(latencies, 99))).isEqualTo("timeout");
    }
}
