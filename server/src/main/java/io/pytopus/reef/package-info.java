/**
 * The public reef (DESIGN §2 "Social and progress"): the profiles of the octopuses their owners
 * show, and what visitors do there: wave at one (once per visitor and pet per hour) or give it a
 * snack (once per visitor, pet and UTC day). Never one's own octopus (ADR 0022).
 *
 * <p>Profiles are read from PostgreSQL through the pet module ({@link io.pytopus.pet.PublicPets},
 * whose reads go through the pet's Redis cache); visits are counted in PostgreSQL, the truth. Its
 * public API:
 *
 * <ul>
 *   <li>{@link io.pytopus.reef.PetWaved} ({@code reef.pet-waved}) and {@link
 *       io.pytopus.reef.SnackGiven} ({@code reef.snack-given}): published in the visit's
 *       transaction (the outbox), for the journal, the leaderboards, the search index and live
 *       updates;
 *   <li>{@link io.pytopus.reef.ReefProfiles}: public profiles with the owner's name and the waves
 *       received, for the search index.
 * </ul>
 */
@ApplicationModule(displayName = "Reef")
package io.pytopus.reef;

import org.springframework.modulith.ApplicationModule;
