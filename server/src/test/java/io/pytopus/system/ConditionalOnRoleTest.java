package io.pytopus.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code pytopus.roles} decides which role-bound beans a process creates. */
class ConditionalOnRoleTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(WorkerOnly.class);

    @Test
    void aProcessPlaysBothRolesByDefault() {
        context.run(app -> assertThat(app).hasSingleBean(Work.class));
    }

    @Test
    void anApiProcessCreatesNoWorkerBeans() {
        context.withPropertyValues("pytopus.roles=api")
                .run(app -> assertThat(app).doesNotHaveBean(Work.class));
    }

    @Test
    void aWorkerProcessCreatesThem() {
        context.withPropertyValues("pytopus.roles=Worker")
                .run(app -> assertThat(app).hasSingleBean(Work.class));
        context.withPropertyValues("pytopus.roles=api, worker")
                .run(app -> assertThat(app).hasSingleBean(Work.class));
    }

    record Work() {}

    @Configuration(proxyBeanMethods = false)
    static class WorkerOnly {

        @Bean
        @ConditionalOnRole("worker")
        Work work() {
            return new Work();
        }
    }
}
