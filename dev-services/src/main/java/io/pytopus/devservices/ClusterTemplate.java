package io.pytopus.devservices;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URL;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A fresh PostgreSQL cluster, with database {@value PostgresEngine#DATABASE}, made once per machine
 * and binaries version and copied into each new data folder instead of running initdb: about 0.3 s
 * instead of 3 s (initdb syncs every file it writes), paid by every test JVM that starts PostgreSQL.
 *
 * <p>It lives in the temporary folder, outside zonky's own {@code embedded-pg} folder, whose clean-up
 * deletes any unlocked sub-folder older than ten minutes.
 */
final class ClusterTemplate {

    /** zonky's archive of the linux-amd64 binaries; on other platforms there is no template. */
    private static final String BINARIES = "postgres-linux-x86_64.txz";
    /** Bump when the template's content changes, so old templates are not used. */
    private static final String FORMAT = "v1";
    /** Files of a running or once-locked cluster that a copy must not carry. */
    private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock");

    private ClusterTemplate() {}

    /**
     * Fills an empty data folder from the template (making the template first if needed); leaves a
     * folder that already holds a cluster alone.
     */
    static void copyInto(Path pgData, Path log) throws IOException, SQLException {
        if (Files.exists(pgData.resolve("PG_VERSION"))) {
            return;
        }
        Optional<Path> template = template(log);
        if (template.isPresent()) {
            if (isEmptyFolder(pgData)) {
                Files.delete(pgData);
            }
            copy(template.get(), pgData);
        }
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static synchronized Optional<Path> template(Path log) throws IOException, SQLException {
        URL binaries = ClusterTemplate.class.getClassLoader().getResource(BINARIES);
        if (binaries == null) {
            return Optional.empty();
        }
        Path template = Path.of(System.getProperty("java.io.tmpdir"), "pytopus-dev-services-pg-template")
                .resolve(FORMAT + "-" + key(binaries));
        if (Files.exists(template.resolve("PG_VERSION"))) {
            return Optional.of(template);
        }
        Files.createDirectories(template.getParent());
        Path building = template.resolveSibling(template.getFileName() + "-" + UUID.randomUUID());
        try {
            try (EmbeddedPostgres server =
                    PostgresEngine.server(building, LocalPorts.resolve(PostgresEngine.NAME, 0), log)) {
                PostgresEngine.createDatabaseIfMissing(server);
            }
            // Another JVM may finish first: both templates are equal, the first one stays.
            Files.move(building, template, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // The other JVM's template is in place.
        } finally {
            Folders.delete(building);
        }
        return Optional.of(template);
    }

    /** The binaries jar's name (it carries the version), else a hash of where they come from. */
    private static String key(URL binaries) {
        String location = binaries.toString();
        int jarEnd = location.indexOf("!/");
        String jar = jarEnd > 0 ? location.substring(location.lastIndexOf('/', jarEnd) + 1, jarEnd) : "";
        return jar.matches("[A-Za-z0-9._-]+\\.jar")
                ? jar.substring(0, jar.length() - ".jar".length())
                : Integer.toHexString(location.hashCode());
    }

    /** Copies with permissions: PostgreSQL refuses a data folder that others can read. */
    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.copy(dir, to.resolve(from.relativize(dir).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!SKIPPED.contains(file.getFileName().toString())) {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
