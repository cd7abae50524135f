package io.pytopus.search.internal;

import java.time.Duration;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The OpenSearch client. We use {@code opensearch-java} (ADR 0002): the Elasticsearch client
 * refuses to talk to OpenSearch. Short timeouts keep a slow or absent engine from holding threads.
 */
@Configuration(proxyBeanMethods = false)
class OpenSearchConfiguration {

    /** For searches and health checks: a slow engine fails them fast, and search degrades. */
    @Bean(destroyMethod = "close")
    @Primary
    OpenSearchTransport openSearchTransport(OpenSearchProperties properties) {
        return transport(properties, properties.socketTimeout());
    }

    /**
     * For index administration and bulk writes, which may take longer (creating an index on a busy
     * node, a large bulk request) and run off the request path, in the worker or a reindex.
     */
    @Bean(destroyMethod = "close")
    OpenSearchTransport openSearchWriteTransport(OpenSearchProperties properties) {
        return transport(properties, properties.writeTimeout());
    }

    private static OpenSearchTransport transport(OpenSearchProperties properties, Duration timeout) {
        var url = properties.url();
        var host = new HttpHost(url.getScheme(), url.getHost(), url.getPort());
        return ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper())
                .setHttpClientConfigCallback(client -> {
                    var connections = PoolingAsyncClientConnectionManagerBuilder.create()
                            .setDefaultConnectionConfig(ConnectionConfig.custom()
                                    .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                    .setSocketTimeout(Timeout.of(timeout))
                                    .build())
                            .build();
                    client.setConnectionManager(connections)
                            .setDefaultRequestConfig(RequestConfig.custom()
                                    .setResponseTimeout(Timeout.of(timeout))
                                    .build());
                    if (properties.hasCredentials()) {
                        var credentials = new BasicCredentialsProvider();
                        credentials.setCredentials(
                                new AuthScope(host),
                                new UsernamePasswordCredentials(
                                        properties.username(),
                                        properties.password().toCharArray()));
                        client.setDefaultCredentialsProvider(credentials);
                    }
                    return client;
                })
                .build();
    }

    @Bean
    @Primary
    OpenSearchClient openSearchClient(OpenSearchTransport openSearchTransport) {
        return new OpenSearchClient(openSearchTransport);
    }

    @Bean
    OpenSearchClient openSearchWriteClient(
            @Qualifier("openSearchWriteTransport") OpenSearchTransport openSearchWriteTransport) {
        return new OpenSearchClient(openSearchWriteTransport);
    }
}
