package io.pytopus.search.internal;

import io.pytopus.search.SearchIndex;
import io.pytopus.search.SearchReindex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code --pytopus.search.reindex=pets|journal|all}: rebuild the named indices from PostgreSQL, then
 * exit (code 0, or 1 if a reindex failed). Meant to run beside the running application, which keeps
 * serving searches throughout; see the README for the full command.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("pytopus.search.reindex")
class ReindexCommand {

    private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

    @Bean
    ApplicationRunner searchReindexRunner(
            SearchReindex reindex, ConfigurableApplicationContext context, Environment environment) {
        return arguments -> {
            String which = environment.getProperty("pytopus.search.reindex", "");
            int exitCode = 0;
            try {
                for (SearchIndex index : indices(which)) {
                    var result = reindex.reindex(index);
                    log.info(
                            "Reindexed {}: {} documents into {} in {} s (replaced {})",
                            index.alias(),
                            result.documents(),
                            result.index(),
                            result.took().toSeconds(),
                            result.previous());
                }
            } catch (RuntimeException e) {
                log.error("Reindex failed; the alias still points at the previous index", e);
                exitCode = 1;
            }
            int code = exitCode;
            System.exit(SpringApplication.exit(context, () -> code));
        };
    }

    static List<SearchIndex> indices(String which) {
        var names = which.strip().toLowerCase(Locale.ROOT);
        if (names.equals("all")) {
            return List.of(SearchIndex.values());
        }
        var indices = new ArrayList<SearchIndex>();
        for (String name : names.split(",")) {
            indices.add(Arrays.stream(SearchIndex.values())
                    .filter(index -> index.alias().equals(name.strip()))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(
                            "pytopus.search.reindex must be pets, journal or all, not '" + which + "'")));
        }
        return indices;
    }
}
