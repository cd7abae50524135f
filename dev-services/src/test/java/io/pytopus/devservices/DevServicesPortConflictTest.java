package io.pytopus.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DevServicesPortConflictTest {

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aTakenPortFailsWithTheEngineAndThePortAndStartsNothing(Engine engine, @TempDir Path dataDir)
            throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            DevServices services = DevServices.create(
                    DevServicesSettings.ephemeral().withDataDir(dataDir).withPort(engine, port),
                    EnumSet.allOf(Engine.class));

            assertThatThrownBy(services::start)
                    .isInstanceOf(DevServiceStartException.class)
                    .hasMessage(engine.displayName() + " could not start: port " + port
                            + " on 127.0.0.1 is already in use");
            // Ports are checked before anything starts: no engine wrote to its folder.
            try (var folders = Files.list(dataDir)) {
                assertThat(folders).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void aFailedStartDeletesItsTemporaryFolder(Engine engine) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            DevServices services = DevServices.create(
                    DevServicesSettings.ephemeral().withPort(engine, taken.getLocalPort()), EnumSet.of(engine));

            assertThatThrownBy(services::start).isInstanceOf(DevServiceStartException.class);
            assertThat(services.dataDir()).doesNotExist();
        }
    }
}
