package io.pytopus.search.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the index is kept and searched ({@code pytopus.search.*}).
 *
 * @param queue the worker queue of index updates; its dead letters go to {@code <queue>.dead}
 * @param retryAfter what a 503 tells clients to wait while OpenSearch is down
 * @param maxPageSize the largest page the reef search and the journal search serve
 */
@ConfigurationProperties("pytopus.search")
record SearchProperties(
        @DefaultValue("pytopus.search") String queue,
        @DefaultValue("10s") Duration retryAfter,
        @DefaultValue("50") int maxPageSize,
        @DefaultValue Indexing indexing,
        @DefaultValue Reindex reindex) {

    /**
     * @param batchSize events indexed in one bulk request at most
     * @param receiveTimeout how long the worker waits for more events before indexing a partial batch:
     *     the latency a lone event adds
     * @param probeEvery while indexing is paused (OpenSearch down), how often the engine is probed
     * @param aliasCacheTtl how long the worker trusts its copy of which indices an alias points to; a
     *     reindex waits longer than this before it reads PostgreSQL, so new events reach both indices
     */
    record Indexing(
            @DefaultValue("500") int batchSize,
            @DefaultValue("100ms") Duration receiveTimeout,
            @DefaultValue("2s") Duration probeEvery,
            @DefaultValue("1s") Duration aliasCacheTtl) {}

    /**
     * @param chunk documents read from PostgreSQL and written in one bulk request
     * @param progressEvery how often progress is logged
     * @param settle the pause after adding the new index as a write target (before reading
     *     PostgreSQL) and after the alias swap (before deleting the old index), so every worker has
     *     seen the change; longer than {@code indexing.alias-cache-ttl} plus a bulk request
     */
    record Reindex(
            @DefaultValue("2000") int chunk,
            @DefaultValue("2s") Duration progressEvery,
            @DefaultValue("3s") Duration settle) {}
}
