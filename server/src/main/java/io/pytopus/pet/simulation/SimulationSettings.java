package io.pytopus.pet.simulation;

/**
 * Settings of the simulation.
 *
 * @param timeScale simulated time per unit of real time: 1 is real time, 60 makes a simulated hour
 *     pass in a real minute (demos and tests watch a life cycle in minutes)
 */
public record SimulationSettings(double timeScale) {

    public SimulationSettings {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be positive and finite, was " + timeScale);
        }
    }

    /** Real time: one simulated hour per real hour. */
    public static SimulationSettings realTime() {
        return new SimulationSettings(1);
    }
}
