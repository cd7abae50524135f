package io.pytopus.system.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes the OpenAPI schema of every Java record say which of its properties are always present: a
 * record component is required unless it is annotated {@link Nullable} (or its {@code @Schema} says
 * otherwise). The web app's TypeScript types are generated from this document (ADR 0023), so a
 * precise {@code required} list spares it guessing which fields may be missing.
 *
 * <p>So: annotate a component that may be {@code null} (or absent from a request) with jspecify's
 * {@code @Nullable}; with the application's {@code non_null} inclusion, such a property is absent
 * from the JSON when it is {@code null}.
 */
@Component
class RecordSchemas implements ModelConverter {

    @Override
    public @Nullable Schema<?> resolve(
            AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        if (schema == null || type.getType() == null) {
            return schema;
        }
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (raw == null || !raw.isRecord()) {
            return schema;
        }
        Schema<?> model = schema;
        if (schema.get$ref() != null) {
            var ref = schema.get$ref();
            model = context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        var holder = propertiesOf(model);
        if (holder != null) {
            for (RecordComponent component : raw.getRecordComponents()) {
                var name = jsonName(component);
                boolean known = holder.getProperties().containsKey(name);
                boolean listed =
                        holder.getRequired() != null && holder.getRequired().contains(name);
                if (known && !listed && alwaysPresent(component)) {
                    holder.addRequiredItem(name);
                }
            }
        }
        return schema;
    }

    /** The schema that holds the properties: the model itself, or the own part of a subtype's {@code allOf}. */
    private static @Nullable Schema<?> propertiesOf(@Nullable Schema<?> model) {
        if (model == null) {
            return null;
        }
        if (model.getProperties() != null) {
            return model;
        }
        if (model.getAllOf() != null) {
            for (Schema<?> part : model.getAllOf()) {
                if (part.getProperties() != null) {
                    return part;
                }
            }
        }
        return null;
    }

    private static String jsonName(RecordComponent component) {
        var property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static boolean alwaysPresent(RecordComponent component) {
        if (component.getType().isPrimitive()) {
            return true;
        }
        if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
            return false;
        }
        var schema = component.getAccessor().getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        return schema == null
                || (schema.requiredMode() != io.swagger.v3.oas.annotations.media.Schema.RequiredMode.NOT_REQUIRED
                        && !schema.nullable());
    }
}
