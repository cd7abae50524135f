/**
 * Accounts: registration, sign-in with server-side sessions, the signed-in user's settings, the
 * export of all their data and the deletion of their account.
 *
 * <p>Its public API for other modules:
 *
 * <ul>
 *   <li>{@link io.pytopus.account.PytopusUser} and {@link io.pytopus.account.CurrentUser}: who is
 *       signed in, in a controller: {@code @CurrentUser PytopusUser user};
 *   <li>{@link io.pytopus.account.AccountDataExport}: implement it to add a module's data to the
 *       user's export ({@code GET /api/v1/me/export});
 *   <li>{@link io.pytopus.account.AccountDeleted}: published when an account is deleted, so modules
 *       can drop derived data (search documents, leaderboard entries). Rows in PostgreSQL go with
 *       the account through {@code ON DELETE CASCADE} foreign keys to {@code users(id)};
 *   <li>{@link io.pytopus.account.AccountPreferences}: a user's time zone, quiet hours and email
 *       opt-ins as {@link io.pytopus.account.UserPreferences}, which also says when quiet hours end;
 *   <li>{@link io.pytopus.account.EmailSubscriptions}: the recipients of each {@link
 *       io.pytopus.account.EmailList}, and unsubscribing through an email's link.
 *   <li>{@link io.pytopus.account.DisplayNames}: the names users show to others (the reef).
 * </ul>
 */
@ApplicationModule(displayName = "Accounts")
package io.pytopus.account;

import org.springframework.modulith.ApplicationModule;
