package io.pytopus.devservices;

/**
 * An engine whose server process can outlive a killed application (see {@link LeftoverProcess}).
 * {@link DevServices} reclaims leftovers before it checks ports, since a leftover holds the port.
 */
interface ReclaimsLeftovers {

    /** Stops a server that a killed earlier run left on this engine's data folder, if any. */
    void stopLeftover();
}
