package io.pytopus.devservices;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL from zonky's embedded binaries (a real server, run with fsync off). As root zonky
 * starts it through {@code unshare -U}, since PostgreSQL refuses to run as root.
 */
final class PostgresEngine extends ProcessEngine {

    static final String NAME = Engine.POSTGRES.displayName();
    static final String DATABASE = "pytopus";
    static final String USER = "postgres";
    /** zonky's lock on the data folder, held by the JVM that runs the server. */
    private static final String ZONKY_LOCK = "epg-lock";

    private final Path pgData;
    private @Nullable EmbeddedPostgres postgres;
    /** Whether this instance launched a server on its folder (which stop() must then end). */
    private boolean launched;

    PostgresEngine(Path directory, boolean persistent, int requestedPort) {
        // initdb wants an empty folder, so the log lives beside the data, not in it.
        super(NAME, directory, "postgres.log", persistent, requestedPort);
        this.pgData = directory.resolve("pgdata");
    }

    @Override
    boolean isRunning() {
        return postgres != null;
    }

    @Override
    void launch(int port) throws IOException, SQLException {
        ClusterTemplate.copyInto(pgData, log);
        launched = true;
        postgres = server(pgData, port, log);
        createDatabaseIfMissing(postgres);
    }

    /** Starts a server on the data folder, running initdb first if the folder holds no cluster. */
    static EmbeddedPostgres server(Path pgData, int port, Path log) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setServerConfig("listen_addresses", LocalPorts.HOST)
                .setLocaleConfig("lc-messages", "C")
                // Two busy cores can make a first initdb and start slow; ten seconds is not enough.
                .setPGStartupWait(Duration.ofSeconds(90))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    static void createDatabaseIfMissing(EmbeddedPostgres server) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + DATABASE);
            }
        }
    }

    /**
     * A server left by a killed application still runs on this data folder. zonky's lock tells
     * whether a live JVM uses it (then it is not ours to stop) or nobody does (a leftover).
     */
    @Override
    public void stopLeftover() {
        if (!persistent) {
            return;
        }
        LeftoverProcess.find(pgData.resolve("postmaster.pid"), "postgres").ifPresent(server -> {
            if (lockedByAnotherProcess(pgData.resolve(ZONKY_LOCK))) {
                throw new DevServiceStartException(
                        NAME, "its data folder " + pgData + " is in use by another running application");
            }
            LeftoverProcess.stop(NAME, server);
        });
    }

    private static boolean lockedByAnotherProcess(Path lockFile) {
        if (!Files.isRegularFile(lockFile)) {
            return false;
        }
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
                FileLock lock = file.getChannel().tryLock()) {
            return lock == null;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    String describe(Exception e) {
        String message = e.getMessage();
        if (e.getCause() != null && e.getCause().getMessage() != null) {
            message = message + " (" + e.getCause().getMessage() + ")";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void stop() {
        EmbeddedPostgres running = postgres;
        postgres = null;
        if (!launched) {
            // Never started by this instance: a server on this folder belongs to someone else.
            return;
        }
        launched = false;
        Optional<ProcessHandle> postmaster = LeftoverProcess.find(pgData.resolve("postmaster.pid"), "postgres");
        if (running == null) {
            // zonky failed after starting the postmaster (a start timeout): it gave us nothing to close.
            postmaster.ifPresent(ProcessHandle::destroy);
        } else {
            try {
                // pg_ctl stop -m fast -w: returns once the pid file is gone, a moment before the process.
                running.close();
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL did not stop cleanly", e);
            }
        }
        postmaster.ifPresent(server -> {
            if (!LeftoverProcess.awaitExit(server, Duration.ofSeconds(15))) {
                server.destroyForcibly();
            }
        });
    }

    @Override
    public String address() {
        return jdbcUrl();
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://" + LocalPorts.HOST + ":" + port() + "/" + DATABASE;
    }

    @Override
    public Map<String, String> springProperties() {
        if (postgres == null) {
            return Map.of();
        }
        // Trust authentication: any password is accepted, so none is set.
        return Map.of(
                "spring.datasource.url",
                jdbcUrl(),
                "spring.datasource.username",
                USER,
                "spring.datasource.password",
                "");
    }
}
