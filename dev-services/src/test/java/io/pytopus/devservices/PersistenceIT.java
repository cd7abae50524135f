package io.pytopus.devservices;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a data folder, what the engines stored is there again after a stop and a new start. */
class PersistenceIT {

    @TempDir
    Path dataDir;

    @Test
    void postgresAndRedisKeepTheirDataAcrossARestart() throws Exception {
        DevServicesSettings settings = DevServicesSettings.ephemeral().withDataDir(dataDir);
        EnumSet<Engine> engines = EnumSet.of(Engine.POSTGRES, Engine.REDIS);

        long postmasterPid;
        try (DevServices first = DevServices.create(settings, engines).start()) {
            Map<String, String> properties = first.springProperties();
            sql(properties, statement -> {
                execute(statement, "create table octopus (name text primary key)");
                execute(statement, "insert into octopus values ('Inky')");
            });
            redis(properties, redis -> redis.sync().set("octopus", "Inky"));
            postmasterPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/pgdata/postmaster.pid"))
                    .getFirst()
                    .strip());
        }
        assertThat(ProcessHandle.of(postmasterPid)
                        .map(LeftoverProcess::hasExited)
                        .orElse(true))
                .as("postmaster exited")
                .isTrue();
        assertThat(ProcessHandle.current().descendants()).isEmpty();
        assertThat(dataDir.resolve("postgres/pgdata/PG_VERSION")).exists();

        try (DevServices second = DevServices.create(settings, engines).start()) {
            Map<String, String> properties = second.springProperties();
            sql(properties, statement -> {
                try (ResultSet rows = statement.executeQuery("select name from octopus")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("Inky");
                }
            });
            redis(properties, redis -> assertThat(redis.sync().get("octopus")).isEqualTo("Inky"));
        }
    }

    private interface SqlWork {
        void run(Statement statement) throws SQLException;
    }

    private static void sql(Map<String, String> properties, SqlWork work) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        properties.get("spring.datasource.url"),
                        properties.get("spring.datasource.username"),
                        properties.get("spring.datasource.password"));
                Statement statement = connection.createStatement()) {
            work.run(statement);
        }
    }

    private static void execute(Statement statement, String sql) throws SQLException {
        statement.execute(sql);
    }

    private static void redis(Map<String, String> properties, Consumer<StatefulRedisConnection<String, String>> work) {
        RedisClient client = RedisClient.create(properties.get("spring.data.redis.url"));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            work.accept(connection);
        } finally {
            client.shutdown();
        }
    }
}
