package io.pytopus.pet.care;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.pytopus.pet.simulation.Happening;
import io.pytopus.pet.simulation.OctopusState;
import java.util.List;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of snapshots and happenings, for PostgreSQL, the Redis cache and the API. The
 * simulation stays free of serialization concerns: the {@code kind} of each {@link Happening} is
 * added by a mix-in registered on the application's mapper (Jackson finds the subtypes of the sealed
 * interface by itself).
 */
@Component
class SnapshotJson {

    private final JsonMapper mapper;

    SnapshotJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(Object value) {
        return mapper.writeValueAsString(value);
    }

    byte[] writeBytes(Object value) {
        return mapper.writeValueAsBytes(value);
    }

    /** Writes happenings with their {@code kind}, which a plain {@code List} would lose to erasure. */
    String writeHappenings(List<Happening> happenings) {
        return mapper.writerFor(Happening[].class).writeValueAsString(happenings.toArray(Happening[]::new));
    }

    OctopusState readState(String json) {
        return mapper.readValue(json, OctopusState.class);
    }

    List<Happening> readHappenings(String json) {
        return List.of(mapper.readValue(json, Happening[].class));
    }

    <T> T read(byte[] json, Class<T> type) {
        return mapper.readValue(json, type);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
    private interface HappeningMixIn {}

    @Configuration(proxyBeanMethods = false)
    static class HappeningJsonConfiguration {

        @Bean
        JsonMapperBuilderCustomizer happeningKinds() {
            return builder -> builder.addMixIn(Happening.class, HappeningMixIn.class);
        }
    }
}
