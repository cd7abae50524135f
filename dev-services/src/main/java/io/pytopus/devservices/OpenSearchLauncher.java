package io.pytopus.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * Main class of the child JVM that runs one OpenSearch node for {@link OpenSearchEngine}.
 *
 * <p>It is the only class of this module that uses OpenSearch types: it runs on the classpath the
 * build wrote to {@code opensearch.classpath}, never inside the application. Arguments: the node's
 * home folder, its data folder and its HTTP port. The node stops when standard input reaches its
 * end or the parent process dies, so a killed application never leaves an OpenSearch JVM behind.
 */
final class OpenSearchLauncher {

    private static final String NODE_NAME = "pytopus-dev";

    private OpenSearchLauncher() {}

    public static void main(String[] args) throws Exception {
        exitWhenParentGoes();
        if (args.length != 3) {
            System.err.println("usage: OpenSearchLauncher <home> <data> <http-port>");
            System.exit(2);
        }
        Path home = Path.of(args[0]);
        Path data = Path.of(args[1]);
        int httpPort = Integer.parseInt(args[2]);

        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("path.data", data.toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("cluster.name", NODE_NAME)
                .put("node.name", NODE_NAME)
                .put("discovery.type", "single-node")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                // A nearly full disk would make every index read-only, a surprise nobody wants in dev.
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                // One node holds no replica: without this every new index would stay yellow.
                .put("cluster.default_number_of_replicas", 0)
                .build();
        Environment environment =
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> NODE_NAME);
        // Logging is configured by log4j2.configurationFile alone: OpenSearch's LogConfigurator would
        // replace that configuration with one that has no appender.

        EmbeddedNode node =
                new EmbeddedNode(environment, List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(node), "opensearch-shutdown"));
        node.start();
        // OpenSearch's threads are daemons: main keeps the JVM alive until a watcher exits it.
        new CountDownLatch(1).await();
    }

    /**
     * Exits the JVM (closing the node through the shutdown hook) once the parent is gone. Two
     * signals: the end of standard input comes at once, and polling the parent covers a pipe that
     * another process also holds open. Started first, so a parent that dies during the node's start is
     * noticed too.
     */
    private static void exitWhenParentGoes() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        Thread.ofPlatform().daemon().name("parent-stdin-watch").start(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // The parent never writes; anything it sends is ignored.
                }
            } catch (IOException e) {
                // A broken pipe means the parent is gone, same as EOF.
            }
            System.exit(0);
        });
        if (parent != null) {
            parent.onExit().thenRun(() -> System.exit(0));
        }
    }

    private static void close(Node node) {
        try {
            node.close();
            node.awaitClose(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            System.err.println("OpenSearch did not close cleanly: " + e);
        }
    }

    /** Gives access to Node's constructor that accepts plugins from the classpath. */
    private static final class EmbeddedNode extends Node {

        EmbeddedNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
            super(
                    environment,
                    plugins.stream().map(OpenSearchLauncher::pluginInfo).toList(),
                    true);
        }
    }

    private static PluginInfo pluginInfo(Class<? extends Plugin> plugin) {
        return new PluginInfo(
                plugin.getName(),
                "classpath plugin",
                "NA",
                Version.CURRENT,
                System.getProperty("java.specification.version"),
                plugin.getName(),
                List.of(),
                false);
    }
}
