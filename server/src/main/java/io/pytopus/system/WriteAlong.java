package io.pytopus.system;

import java.util.Map;

/**
 * A write that rides along in another module's statement, so that a change, the events it causes and
 * its {@code Idempotency-Key} record commit in one PostgreSQL round trip (ADR 0028).
 *
 * <p>The owning module writes one data-modifying statement of common table expressions. Its first
 * expression, the <em>guard</em>, returns a row only when the change itself was made (for a pet: when
 * the version it read is still the stored one). Each part adds expressions that select from the
 * guard, so they write exactly when the change does, and roll back with it if anything fails. After
 * the statement has committed, the owning module calls {@link #committed()}.
 */
public interface WriteAlong {

    /**
     * One or more common table expressions, comma-separated, without a leading comma, such as {@code
     * name AS (INSERT INTO … SELECT … FROM guard)}.
     *
     * @param guard the name of the guard expression to select from
     * @param prefix prepended to every expression and parameter name, so parts never clash
     */
    String sql(String guard, String prefix);

    /** The named parameters of {@link #sql}, their names with the same prefix. */
    Map<String, Object> parameters(String prefix);

    /** Called once the statement has committed (for example, to hand events to the relay at once). */
    void committed();
}
