package io.pytopus.leaderboard.internal;

import java.time.LocalDate;
import java.util.UUID;

/** A UTC day on which a pet had care. */
record PetDay(UUID petId, LocalDate day) {}
