package io.pytopus.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers a bean only in a worker process: when {@code pytopus.roles} (default {@code
 * api,worker}) names {@code worker}. Put it on RabbitMQ consumers and background jobs, so an {@code
 * api}-only replica serves requests and leaves the queues to the workers (DESIGN §3).
 *
 * <p>A consumer names {@link #LISTENERS} as its container factory. A batch listener (one that takes a
 * {@code List<Message>}, with {@code batch = "true"} on its {@code RabbitListener} annotation)
 * handles its batch in one transaction and returns; the container acknowledges the batch, and handles
 * a failed one message by message (ADR 0026). Any other listener acknowledges each message itself
 * ({@code channel.basicAck}) once its work has committed. A message that keeps failing is retried
 * with exponential backoff ({@code pytopus.events.consumer.*}); then it is republished to {@link
 * Exchanges#DEAD} with its queue's name as routing key, and dropped from the queue.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnRole("worker")
public @interface WorkerRole {

    /** The listener container factory of worker queues: batches, retries, dead-lettering. */
    String LISTENERS = "workerListeners";
}
