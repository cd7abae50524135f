package io.pytopus;

import org.springframework.boot.SpringApplication;

/**
 * Runs Pytopus on embedded real engines: the README's "run" command ({@code ./pytopus run}).
 *
 * <p>It lives with the tests so the dev services never reach the production jar; the {@code
 * standalone} profile turns them on with fixed ports and a persistent data folder.
 */
public final class StandalonePytopus {

    private StandalonePytopus() {}

    public static void main(String[] args) {
        SpringApplication.from(PytopusApplication::main)
                .withAdditionalProfiles("standalone")
                .run(args);
    }
}
