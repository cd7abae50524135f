package io.pytopus.pet.web;

import io.pytopus.pet.simulation.Happening;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the {@code kind} of each {@link Happening} in the OpenAPI document. The API writes it
 * through a Jackson mix-in (see {@code SnapshotJson}) that springdoc cannot see, so without this the
 * generated web types could not tell a {@code Fed} from a {@code LearnedTrick}.
 */
@Component
class HappeningSchemas implements OpenApiCustomizer {

    private static final String KIND = "kind";

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        var schemas =
                openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
        if (schemas == null || !schemas.containsKey(Happening.class.getSimpleName())) {
            return;
        }
        var discriminator = new Discriminator().propertyName(KIND);
        for (var subtype : Happening.class.getPermittedSubclasses()) {
            var name = subtype.getSimpleName();
            var schema = schemas.get(name);
            if (schema == null) {
                continue;
            }
            discriminator.mapping(name, "#/components/schemas/" + name);
            ownPart(schema).addProperty(KIND, new StringSchema()._const(name)).addRequiredItem(KIND);
        }
        var base = schemas.get(Happening.class.getSimpleName());
        base.type("object")
                .description("Something that happened to the octopus; `kind` names it.")
                .addProperty(KIND, new StringSchema())
                .required(List.of(KIND))
                .discriminator(discriminator);
    }

    /** A subtype is {@code allOf: [Happening, {its own properties}]}; records without components have no part yet. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> ownPart(Schema<?> schema) {
        if (schema.getAllOf() != null) {
            for (Schema part : (List<Schema>) schema.getAllOf()) {
                if (part.get$ref() == null) {
                    return part;
                }
            }
            Schema part = new Schema<>().type("object");
            schema.getAllOf().add(part);
            return part;
        }
        return schema;
    }
}
