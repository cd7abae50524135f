package io.pytopus.account;

import java.util.UUID;

/**
 * An account was deleted, with everything PostgreSQL holds for it (cascading foreign keys). Published
 * in the deleting transaction (the outbox), so listeners can drop data derived elsewhere: search
 * documents, Redis entries.
 *
 * @param userId the id of the deleted account
 */
public record AccountDeleted(UUID userId) {}
