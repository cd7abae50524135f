/**
 * The octopus simulation: a pure, deterministic model of one pet (DESIGN §2).
 *
 * <p>The model is lazy. A pet is stored as an {@link io.pytopus.pet.simulation.OctopusState} snapshot
 * taken at {@code updatedAt}; its state at any later instant is computed from the snapshot and the
 * elapsed time by {@link io.pytopus.pet.simulation.Simulation#advance}, so no job ticks a pet and an
 * idle pet costs nothing. Between breakpoints (a need crossing 15, 30 or 40, energy reaching 0 or
 * 100, the sickness rules, a stage boundary, the away grace, the end of a vacation) every quantity
 * changes linearly, so advancing steps from breakpoint to breakpoint: the result is exact, the cost
 * grows with the number of breakpoints rather than with the elapsed time, and advancing by {@code a}
 * then {@code b} equals advancing by {@code a + b}.
 *
 * <p>Nothing here reads a clock, touches I/O or depends on Spring: instants come in as arguments, and
 * the only randomness is a pure function of the pet id and the action's sequence number, so replaying
 * a pet's history reproduces it exactly.
 *
 * <p>A named interface of the pet module: its values ({@link io.pytopus.pet.simulation.Happening},
 * {@link io.pytopus.pet.simulation.Stage}, {@link io.pytopus.pet.simulation.Trick}, …) are the
 * vocabulary of the pet's events, so other modules may read them. The annotation is the package's
 * only tie to Spring, and a compile-time one.
 */
@NamedInterface("simulation")
package io.pytopus.pet.simulation;

import org.springframework.modulith.NamedInterface;
