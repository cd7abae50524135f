package io.pytopus.pet.care;

import io.pytopus.pet.simulation.OctopusState;
import java.time.Instant;

/**
 * A pet as the API shows it: the stored record with its snapshot advanced to the instant of the
 * request.
 */
public record PetView(PetRecord pet, OctopusState now, Instant nextAttentionAt) {}
