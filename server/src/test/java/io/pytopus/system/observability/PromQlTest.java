package io.pytopus.system.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlTest {

    @Test
    void findsTheMetricNamesOfAnExpression() {
        var names = MetricNamesIT.PromQl.metricNames("""
                sum by (job) (rate(http_server_requests_seconds_count{status=~"5..", uri!="/x"}[5m]))
                  / sum by (job) (rate(http_server_requests_seconds_count[$__rate_interval])) > 0.02
                or histogram_quantile(0.95, sum by (queue, le) (rate(pytopus_events_lag_seconds_bucket[5m])))
                and on (job) max(pytopus_outbox_oldest_age_seconds{instance=~"$instance"}) > 1e3
                unless up{job="pytopus"} == 0""");

        assertThat(names)
                .containsExactlyInAnyOrder(
                        "http_server_requests_seconds_count",
                        "pytopus_events_lag_seconds_bucket",
                        "pytopus_outbox_oldest_age_seconds",
                        "up");
    }
}
