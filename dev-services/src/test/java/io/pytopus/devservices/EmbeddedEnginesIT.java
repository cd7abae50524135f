package io.pytopus.devservices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.amqp.autoconfigure.RabbitProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * All five engines, started the way the server starts them (the environment post-processor of a
 * real Spring application), each serving a real request through the properties it published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedEnginesIT {

    private static final List<String> EXTERNAL_BUT_REDIS = List.of(
            "POSTGRES_URL=jdbc:postgresql://127.0.0.1:1/none",
            "RABBITMQ_URL=amqp://127.0.0.1:1",
            "OPENSEARCH_URL=http://127.0.0.1:1",
            "SMTP_HOST=127.0.0.1");

    private ConfigurableEnvironment environment;

    @BeforeAll
    void startAnApplicationWithEveryEngine() {
        try (ConfigurableApplicationContext context = application().run()) {
            environment = context.getEnvironment();
        }
    }

    @AfterAll
    void stopTheEngines() {
        SharedDevServices.stopAll();
    }

    @Test
    @Order(1)
    void publishesEveryAddressInItsOwnPropertySourceFirst() {
        // Spring Boot keeps its "configurationProperties" view of all sources in front of them.
        PropertySource<?> first = environment.getPropertySources().stream()
                .filter(source -> !source.getName().equals("configurationProperties"))
                .findFirst()
                .orElseThrow();

        assertThat(first.getName()).isEqualTo(DevServicesEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);
        assertThat(environment.getProperty("spring.datasource.url"))
                .matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/pytopus");
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo("postgres");
        assertThat(environment.getProperty("spring.datasource.password")).isEmpty();
        assertThat(environment.getProperty("spring.data.redis.url")).matches("redis://127\\.0\\.0\\.1:\\d+");
        assertThat(environment.getProperty("spring.rabbitmq.addresses"))
                .matches("amqp://guest:guest@127\\.0\\.0\\.1:\\d+/default");
        assertThat(environment.getProperty("pytopus.opensearch.url")).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("spring.mail.port")).matches("\\d+");
    }

    @Test
    @Order(1)
    void quietsTheEnginesLogsUnlessTheApplicationSaysOtherwise() {
        assertThat(environment.getProperty("logging.level.qpid.message")).isEqualTo("warn");

        try (ConfigurableApplicationContext context = application().run("--logging.level.qpid.message=info")) {
            assertThat(context.getEnvironment().getProperty("logging.level.qpid.message"))
                    .isEqualTo("info");
        }
    }

    @Test
    @Order(1)
    void postgresRunsQueriesAndKeepsWrites() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        environment.getProperty("spring.datasource.url"),
                        environment.getProperty("spring.datasource.username"),
                        environment.getProperty("spring.datasource.password"));
                Statement statement = connection.createStatement()) {
            assertThat(single(statement, "select 1")).isEqualTo("1");
            statement.execute("create table octopus (name text primary key)");
            statement.execute("insert into octopus values ('Inky')");
            assertThat(single(statement, "select name from octopus")).isEqualTo("Inky");
            assertThat(single(statement, "select current_setting('server_version_num')"))
                    .startsWith("17");
        }
    }

    @Test
    @Order(1)
    void redisSetsAndGets() {
        RedisClient client = RedisClient.create(environment.getProperty("spring.data.redis.url"));
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().set("octopus", "Inky");
            assertThat(connection.sync().get("octopus")).isEqualTo("Inky");
        } finally {
            client.shutdown();
        }
    }

    @Test
    @Order(1)
    void theBrokerDeliversWhatSpringAmqpPublishes() {
        RabbitProperties rabbit = Binder.get(environment)
                .bind("spring.rabbitmq", RabbitProperties.class)
                .get();
        CachingConnectionFactory connectionFactory =
                new CachingConnectionFactory(rabbit.determineHost(), rabbit.determinePort());
        connectionFactory.setUsername(rabbit.determineUsername());
        connectionFactory.setPassword(rabbit.determinePassword());
        connectionFactory.setVirtualHost(rabbit.determineVirtualHost());
        try {
            new RabbitAdmin(connectionFactory).declareQueue(new Queue("pytopus.test", false, false, true));
            RabbitTemplate template = new RabbitTemplate(connectionFactory);
            template.setReceiveTimeout(5_000);

            template.convertAndSend("", "pytopus.test", "feed Inky");

            assertThat(template.receiveAndConvert("pytopus.test")).isEqualTo("feed Inky");
        } finally {
            connectionFactory.destroy();
        }
    }

    @Test
    @Order(1)
    void openSearchIndexesAndFinds() throws IOException, InterruptedException {
        String url = environment.getProperty("pytopus.opensearch.url");
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> indexed = http.send(
                    HttpRequest.newBuilder(URI.create(url + "/pets/_doc/1?refresh=true"))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"Inky the common octopus\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(indexed.statusCode()).isEqualTo(201);

            HttpResponse<String> found = http.send(
                    HttpRequest.newBuilder(URI.create(url + "/pets/_search?q=name:octopus"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).contains("\"value\":1").contains("Inky the common octopus");

            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(url + "/_cluster/health/pets"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"green\"");
        }
    }

    @Test
    @Order(1)
    void theSmtpServerReceivesWhatJakartaMailSendsAndCanBeStoppedAndStartedAgain() throws MessagingException {
        var properties = new Properties();
        properties.put("mail.smtp.host", environment.getProperty("spring.mail.host"));
        properties.put("mail.smtp.port", environment.getProperty("spring.mail.port"));
        properties.put("mail.smtp.connectiontimeout", "2000");
        var session = Session.getInstance(properties);
        var smtp = EmbeddedSmtp.running().orElseThrow();

        Transport.send(message(session, "before"));
        assertThat(smtp.receivedBy("keeper@example.com"))
                .singleElement()
                .satisfies(received -> assertThat(received.getSubject()).isEqualTo("before"));

        smtp.stop();
        assertThatThrownBy(() -> Transport.send(message(session, "while down"))).isInstanceOf(MessagingException.class);
        assertThat(smtp.isRunning()).isFalse();

        smtp.start();
        Transport.send(message(session, "after"));
        assertThat(smtp.receivedBy("keeper@example.com"))
                .singleElement()
                .satisfies(received -> assertThat(received.getSubject()).isEqualTo("after"));
        assertThat(smtp.receivedBy("someone-else@example.com")).isEmpty();
    }

    private static MimeMessage message(Session session, String subject) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom("octopus@pytopus.localhost");
        message.setRecipients(Message.RecipientType.TO, "Keeper <keeper@example.com>");
        message.setSubject(subject);
        message.setText("Inky says hello.");
        return message;
    }

    @Test
    @Order(2)
    void anotherApplicationInTheSameJvmSharesTheRunningEngines() {
        try (ConfigurableApplicationContext context = application().run()) {
            for (String property : List.of(
                    "spring.datasource.url",
                    "spring.data.redis.url",
                    "spring.rabbitmq.addresses",
                    "pytopus.opensearch.url",
                    "spring.mail.port")) {
                assertThat(context.getEnvironment().getProperty(property)).isEqualTo(environment.getProperty(property));
            }
        }
    }

    @Test
    @Order(2)
    void anExternalServerIsUsedInsteadOfTheEmbeddedOne() {
        try (ConfigurableApplicationContext context = application()
                .properties(EXTERNAL_BUT_REDIS.toArray(String[]::new))
                .run()) {
            PropertySource<?> devServices = context.getEnvironment()
                    .getPropertySources()
                    .get(DevServicesEnvironmentPostProcessor.PROPERTY_SOURCE_NAME);

            assertThat(devServices).isNotNull();
            assertThat(((EnumerablePropertySource<?>) devServices).getPropertyNames())
                    .containsExactly("spring.data.redis.url");
            assertThat(context.getEnvironment().getProperty("POSTGRES_URL"))
                    .isEqualTo("jdbc:postgresql://127.0.0.1:1/none");
        }
    }

    @Test
    @Order(3)
    void stoppingLeavesNoProcessAndNoPortBehind() throws IOException {
        List<ProcessHandle> children = ProcessHandle.current().descendants().toList();
        ProcessHandle postmaster = postmaster();
        List<Integer> ports = List.of(
                port("spring.datasource.url"),
                port("spring.data.redis.url"),
                port("spring.rabbitmq.addresses"),
                port("pytopus.opensearch.url"),
                Integer.parseInt(environment.getProperty("spring.mail.port")));
        assertThat(children).as("redis-server and the OpenSearch JVM").hasSizeGreaterThanOrEqualTo(2);
        assertThat(postmaster.isAlive()).isTrue();

        SharedDevServices.stopAll();

        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(ProcessHandle.current().descendants()).isEmpty();
        assertThat(LeftoverProcess.hasExited(postmaster))
                .as("postmaster exited")
                .isTrue();
        assertThat(ports).noneMatch(LocalPorts::isListening);
        assertThat(SharedDevServices.runningEngines()).isEmpty();
    }

    /** PostgreSQL is no child of ours: pg_ctl starts it in the background and exits. */
    private static ProcessHandle postmaster() throws IOException {
        Path pidFile = SharedDevServices.runningFor(Engine.POSTGRES)
                .orElseThrow()
                .dataDir()
                .resolve("postgres/pgdata/postmaster.pid");
        return ProcessHandle.of(
                        Long.parseLong(Files.readAllLines(pidFile).getFirst().strip()))
                .orElseThrow();
    }

    private int port(String property) {
        URI uri = URI.create(environment.getProperty(property).replaceFirst("^jdbc:", ""));
        return uri.getPort();
    }

    private static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(EmptyApplication.class)
                .environment(HermeticEnvironment.create())
                .web(WebApplicationType.NONE)
                .properties("pytopus.dev-services.enabled=true");
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class EmptyApplication {}
}
