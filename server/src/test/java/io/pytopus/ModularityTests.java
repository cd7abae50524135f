package io.pytopus;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Guards the module boundaries of DESIGN §3 and keeps the generated module docs current. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(PytopusApplication.class);

    @Test
    void modulesOnlyTalkThroughTheirPublicApis() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
