package io.pytopus.account;

import java.util.UUID;

/**
 * A module's part of a user's data export, {@code GET /api/v1/me/export} (the GDPR right of
 * access and portability). Implement it as a bean in your module:
 *
 * <pre>{@code
 * @Component
 * class PetDataExport implements AccountDataExport {
 *     public String section() { return "pets"; }
 *     public Object exportFor(UUID userId) { return pets.findAllByOwner(userId); }
 * }
 * }</pre>
 *
 * <p>All parts are read in one read-only, repeatable-read transaction, so the export is a
 * consistent snapshot. Return JSON-serialisable values (records, lists, maps), never entities with
 * secrets.
 */
public interface AccountDataExport {

    /** The member of the export document holding this part, e.g. {@code "pets"}; unique. */
    String section();

    /** Everything this module stores about the user. */
    Object exportFor(UUID userId);
}
