/**
 * Achievements: milestones of an owner's care (DESIGN §2 "Social and progress"), each unlocked at most
 * once per user and listed at {@code GET /api/v1/me/achievements}.
 *
 * <p>A worker consumes the pet's events from the {@code pytopus.achievement} queue, bound to {@code
 * pytopus.events} with {@code pet.#}, decides from the care history stored in PostgreSQL what each
 * event unlocks, and publishes {@link io.pytopus.achievement.AchievementUnlocked} for every
 * achievement it actually unlocked. The catalogue is {@link io.pytopus.achievement.Achievement}.
 */
@ApplicationModule(displayName = "Achievement")
package io.pytopus.achievement;

import org.springframework.modulith.ApplicationModule;
