/**
 * Tests that start Pytopus instances of their own ({@link io.pytopus.PytopusProcess}): an API process
 * and a worker process side by side, an instance cut off from the broker. They are tagged {@value
 * io.pytopus.processes.OwnProcesses#TAG} and run in a JVM of their own (a failsafe execution of that
 * name), because they must be the only instances consuming the queues and resubmitting the outbox:
 * the shared test application of the other integration tests would do both.
 */
package io.pytopus.processes;
