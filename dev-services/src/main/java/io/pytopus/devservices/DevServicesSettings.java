package io.pytopus.devservices;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the engines keep their data and which ports they listen on.
 *
 * @param dataDir the folder that keeps each engine's data in a sub-folder named after {@link
 *     Engine#key()}, so it survives a restart; {@code null} for a temporary folder deleted on stop
 * @param ports the port of each engine on 127.0.0.1; a missing engine or 0 picks a free port
 */
public record DevServicesSettings(@Nullable Path dataDir, Map<Engine, Integer> ports) {

    public DevServicesSettings {
        ports = ports.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(ports));
    }

    /** Temporary data and free ports: what tests want. */
    public static DevServicesSettings ephemeral() {
        return new DevServicesSettings(null, Map.of());
    }

    /** The same settings with data kept in the given folder. */
    public DevServicesSettings withDataDir(@Nullable Path dataDir) {
        return new DevServicesSettings(dataDir, ports);
    }

    /** The same settings with a fixed port for one engine (0 picks a free one). */
    public DevServicesSettings withPort(Engine engine, int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(engine.displayName() + " port out of range: " + port);
        }
        Map<Engine, Integer> changed = new EnumMap<>(Engine.class);
        changed.putAll(ports);
        changed.put(engine, port);
        return new DevServicesSettings(dataDir, changed);
    }

    /** The port asked for the engine, 0 when any free port will do. */
    public int port(Engine engine) {
        return ports.getOrDefault(engine, 0);
    }
}
