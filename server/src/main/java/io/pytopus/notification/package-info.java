/**
 * In-app notifications, and the attention scheduler that writes them (DESIGN §3, data flow 5).
 *
 * <p>The scheduler runs in worker processes ({@code pytopus.roles} contains {@code worker}). It
 * claims the pets whose attention is due through the pet module's {@link io.pytopus.pet.PetAttention},
 * reads their owners' quiet hours through the account module's {@link
 * io.pytopus.account.AccountPreferences}, and nudges each pet's owner at most once per nudge window
 * (3 hours by default). Owners read their notifications at {@code GET /api/v1/notifications}.
 *
 * <p>Every notification is announced by {@link io.pytopus.notification.NotificationPosted} ({@code
 * notification.posted} on {@code pytopus.events}), which is also its only offer to other modules. The
 * {@code email} sub-package sends nudges by email to owners who opted in and the weekly digest ("Inky's
 * week"), through an outbox of emails in PostgreSQL with signed one-click unsubscribe links (ADR 0015).
 * Its tables reference {@code users} and {@code pets} with {@code ON DELETE CASCADE}.
 */
@ApplicationModule(displayName = "Notifications")
package io.pytopus.notification;

import org.springframework.modulith.ApplicationModule;
