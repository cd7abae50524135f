package io.pytopus.search.internal;

import io.pytopus.system.WorkerRole;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opens and closes the flow from the search queue to OpenSearch (ADR 0021). The indexer starts
 * closed; a probe opens it once OpenSearch answers and the indices exist. When a bulk request fails
 * because OpenSearch cannot answer, the indexer puts its batch back in the queue and closes the gate:
 * the listener stops consuming, so the events wait in the queue, neither retried in a loop nor
 * dead-lettered. The probe ({@code pytopus.search.indexing.probe-every}) opens it again when
 * OpenSearch is back, and the index catches up from the queue.
 */
@Component
@WorkerRole
class IndexingGate implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndexingGate.class);

    private final RabbitListenerEndpointRegistry listeners;
    private final SearchIndexes indexes;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicBoolean down = new AtomicBoolean();
    private volatile boolean running;

    IndexingGate(RabbitListenerEndpointRegistry listeners, SearchIndexes indexes) {
        this.listeners = listeners;
        this.indexes = indexes;
    }

    @Scheduled(initialDelayString = "PT1S", fixedDelayString = "${pytopus.search.indexing.probe-every:2s}")
    void probe() {
        var container = listeners.getListenerContainer(SearchIndexer.LISTENER);
        if (!running || container == null || container.isRunning() || closing.get()) {
            return;
        }
        try {
            indexes.ensureAll();
        } catch (RuntimeException e) {
            if (down.compareAndSet(false, true)) {
                log.warn("OpenSearch is unreachable; index updates wait in the queue: {}", e.getMessage());
            }
            return;
        }
        container.start();
        if (down.compareAndSet(true, false)) {
            log.info("OpenSearch answers again; indexing resumes from the queue");
        }
    }

    /** Stops consuming until the probe finds OpenSearch healthy again. */
    void close(Exception cause) {
        var container = listeners.getListenerContainer(SearchIndexer.LISTENER);
        if (container == null || !closing.compareAndSet(false, true)) {
            return;
        }
        if (down.compareAndSet(false, true)) {
            log.warn("Indexing paused, updates wait in the queue: {}", cause.toString());
        }
        // Not on the listener's own thread: stopping waits for the listener to return.
        Thread.ofVirtual().name("search-indexing-pause").start(() -> {
            try {
                container.stop();
            } finally {
                closing.set(false);
            }
        });
    }

    /** Lets the probe open the gate. */
    @Override
    public void start() {
        running = true;
    }

    /** Closes the gate for good: at shutdown, so the probe cannot reopen it meanwhile. */
    @Override
    public void stop() {
        running = false;
        var container = listeners.getListenerContainer(SearchIndexer.LISTENER);
        if (container != null) {
            container.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
