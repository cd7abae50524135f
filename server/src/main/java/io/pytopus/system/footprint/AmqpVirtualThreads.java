package io.pytopus.system.footprint;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.amqp.rabbit.connection.AbstractConnectionFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the RabbitMQ connection factory's callbacks on virtual threads (ADR 0031).
 *
 * <p>Why: without an executor of its own, Spring AMQP hands every publisher confirm (and the close
 * of a channel with confirms pending) to a cached pool of platform threads, one more thread whenever
 * all are busy. The outbox relays' bursts of confirms grew it to 80 threads under the load test and
 * to 430 while the worker queues drained afterwards: 30 MB of thread stacks, resident until the
 * threads idled out. The same executor also dispatches the RabbitMQ client's deliveries to
 * consumers, one channel at a time, which a virtual thread does as well as a platform one.
 */
@Configuration(proxyBeanMethods = false)
class AmqpVirtualThreads {

    /** Static: a post-processor must exist before the beans it configures (the connection factory). */
    @Bean
    static BeanPostProcessor amqpCallbacksOnVirtualThreads() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractConnectionFactory connections) {
                    connections.setExecutor(executor(beanName));
                }
                return bean;
            }
        };
    }

    /**
     * A virtual thread per task holds no thread while idle, so nothing needs shutting down with the
     * connection factory (which leaves an executor it was given alone).
     */
    static ExecutorService executor(String name) {
        return Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name(name + "-", 0).factory());
    }
}
