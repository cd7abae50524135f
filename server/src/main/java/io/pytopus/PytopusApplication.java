package io.pytopus;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Pytopus: a pet octopus that lives in your browser. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PytopusApplication {

    public static void main(String[] args) {
        SpringApplication.run(PytopusApplication.class, args);
    }
}
