package io.pytopus.pet.care;

import io.pytopus.pet.simulation.Simulation;
import io.pytopus.pet.simulation.SimulationSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The simulation. {@code pytopus.simulation.time-scale} speeds life up
 * for demos and end-to-end tests (an egg hatches in seconds at 600).
 */
@Configuration(proxyBeanMethods = false)
class SimulationConfiguration {

    @Bean
    Simulation simulation(@Value("${pytopus.simulation.time-scale:1}") double timeScale) {
        return new Simulation(new SimulationSettings(timeScale));
    }
}
