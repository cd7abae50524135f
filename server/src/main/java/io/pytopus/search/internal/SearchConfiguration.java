package io.pytopus.search.internal;

import io.pytopus.system.Exchanges;
import io.pytopus.system.WorkerRole;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Binding.DestinationType;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.config.SimpleRabbitListenerContainerFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.amqp.autoconfigure.SimpleRabbitListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search module's parts: the engine client, the index layout, the queries, and the worker queue
 * of index updates with its own listener container factory (ADR 0020, 0021).
 */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** Batches of events, acknowledged by the indexer itself; no retries that could dead-letter them. */
    static final String LISTENERS = "searchListeners";

    /** The engine client for index administration and writes. */
    static final String WRITES = "searchWriteEngine";

    /** Searches, on the short timeout. */
    @Bean
    @Primary
    SearchEngine searchEngine(OpenSearchClient openSearchClient, JsonMapper json) {
        return new SearchEngine(openSearchClient, json);
    }

    /** Index administration and writes, on the longer write timeout. */
    @Bean(WRITES)
    SearchEngine writeEngine(@Qualifier("openSearchWriteClient") OpenSearchClient client, JsonMapper json) {
        return new SearchEngine(client, json);
    }

    @Bean
    SearchIndexes searchIndexes(@Qualifier(WRITES) SearchEngine engine, SearchProperties properties) {
        return new SearchIndexes(engine, properties.indexing().aliasCacheTtl());
    }

    @Bean
    IndexWriter indexWriter(@Qualifier(WRITES) SearchEngine engine, SearchIndexes indexes) {
        return new IndexWriter(engine, indexes);
    }

    @Bean
    ReefQueries reefQueries(JsonMapper json) {
        return new ReefQueries(json);
    }

    @Bean
    JournalQueries journalQueries(JsonMapper json) {
        return new JournalQueries(json);
    }

    /**
     * The queue of index updates, declared by every process so events wait while no worker runs or
     * OpenSearch is down: every pet event (any may change what the reef shows), waves (the count)
     * and journal entries. Plain durable queues (DESIGN §3.4).
     */
    @Bean
    Declarables searchQueues(SearchProperties properties) {
        String queue = properties.queue();
        String dead = queue + ".dead";
        return new Declarables(
                QueueBuilder.durable(queue).build(),
                QueueBuilder.durable(dead).build(),
                new Binding(queue, DestinationType.QUEUE, Exchanges.EVENTS, "pet.#", null),
                new Binding(queue, DestinationType.QUEUE, Exchanges.EVENTS, "reef.pet-waved", null),
                new Binding(queue, DestinationType.QUEUE, Exchanges.EVENTS, "journal.entry-written", null),
                new Binding(dead, DestinationType.QUEUE, Exchanges.DEAD, queue, null));
    }

    /**
     * Unlike {@link WorkerRole#LISTENERS}, no retry-then-dead-letter advice: while OpenSearch is down
     * the indexer puts a batch back and pauses ({@link IndexingGate}), so the events wait in the
     * queue instead of being given up on. Batches make one bulk request of many events. The indexer
     * runs {@code pytopus.events.consumer.concurrency} consumers (on its listener).
     */
    @Bean(LISTENERS)
    @WorkerRole
    SimpleRabbitListenerContainerFactory searchListeners(
            SimpleRabbitListenerContainerFactoryConfigurer configurer,
            ConnectionFactory connections,
            SearchProperties properties) {
        var factory = new SimpleRabbitListenerContainerFactory();
        configurer.configure(factory, connections);
        var indexing = properties.indexing();
        // On platform threads, as the other workers' consumers (EventRelayConfiguration says why).
        factory.setTaskExecutor(new SimpleAsyncTaskExecutor("search-worker-"));
        factory.setAcknowledgeMode(AcknowledgeMode.MANUAL);
        factory.setBatchListener(true);
        factory.setConsumerBatchEnabled(true);
        factory.setBatchSize(indexing.batchSize());
        factory.setPrefetchCount(indexing.batchSize());
        factory.setReceiveTimeout(indexing.receiveTimeout().toMillis());
        // Under a steady stream a batch would otherwise wait to fill: gathering it is bounded too.
        factory.setBatchReceiveTimeout(indexing.receiveTimeout().toMillis());
        factory.setDefaultRequeueRejected(true);
        factory.setAdviceChain();
        factory.setAutoStartup(false);
        return factory;
    }
}
