package io.pytopus.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

class TemporarilyUnavailableTest {

    @Test
    void noPoolConnectionInTimeIsTemporary() {
        var hikari = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        var failure = new CannotCreateTransactionException(
                "Could not open JDBC Connection", new CannotGetJdbcConnectionException("no connection", hikari));

        assertThat(TemporarilyUnavailable.causedBy(failure)).isTrue();
        assertThat(TemporarilyUnavailable.causedBy(new IllegalStateException("wrapped", hikari)))
                .isTrue();
    }

    @Test
    void aQueryTimeoutIsTemporary() {
        assertThat(TemporarilyUnavailable.causedBy(new QueryTimeoutException("canceling statement")))
                .isTrue();
    }

    @Test
    void aBugIsNot() {
        assertThat(TemporarilyUnavailable.causedBy(new DataIntegrityViolationException("duplicate key")))
                .isFalse();
        assertThat(TemporarilyUnavailable.causedBy(new NullPointerException())).isFalse();
    }

    @Test
    void theAnswerIsA503ThatSaysWhenToRetry() {
        var problem = TemporarilyUnavailable.problem();

        assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(problem.code()).isEqualTo("TEMPORARILY_UNAVAILABLE");
        assertThat(problem.headers().getFirst("Retry-After")).isEqualTo("5");
    }
}
