package org.missionplanner.plan.api;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.web.PartRouted;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Describes each kind's part API in the OpenAPI document as if it had a controller of its own: its
 * tag ("Plan tasks", with the kind's description), summaries that name the kind ("Add a task to a
 * draft plan", from "Add {a part} to a draft plan"), the part's id as a path parameter under the
 * kind's name for it ({@code taskId}), and the kind's request and view records as the bodies.
 */
@Component
class PartApiDocs implements OpenApiCustomizer {

    private final PartApiController controller;

    PartApiDocs(PartApiController controller) {
        this.controller = controller;
    }

    @Override
    public void customise(OpenAPI openApi) {
        controller.paths().forEach((kind, path) -> {
            String tag = "Plan " + kind.plural();
            describe(openApi, kind, openApi.getPaths().get(path), tag, false);
            describe(openApi, kind, openApi.getPaths().get(path + "/{" + PartRouted.idVariable(kind) + "}"), tag, true);
            if (openApi.getTags() == null) {
                openApi.setTags(new ArrayList<>());
            }
            if (openApi.getTags().stream().noneMatch(t -> t.getName().equals(tag))) {
                openApi.getTags().add(new Tag().name(tag).description(kind.description()));
            }
        });
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas != null) {
            schemas.remove("PartRequest");
            schemas.remove("PartRequestObject");
        }
    }

    private void describe(OpenAPI openApi, PartKind<?, ?, ?> kind, PathItem item, String tag, boolean namesThePart) {
        if (item == null) {
            return;
        }
        String request = schema(openApi, controller.bodyType(kind));
        String view = schema(openApi, kind.viewType());
        item.readOperationsMap().forEach((method, operation) -> {
            operation.setTags(new ArrayList<>(List.of(tag)));
            operation.setSummary(summary(kind, operation.getSummary()));
            if (namesThePart) {
                Parameter planId = operation.getParameters().get(0);
                operation
                        .getParameters()
                        .add(
                                1,
                                new PathParameter()
                                        .name(PartRouted.idVariable(kind))
                                        .required(true)
                                        .schema(planId.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                operation
                        .getRequestBody()
                        .setContent(
                                new Content().addMediaType("application/json", new MediaType().schema(ref(request))));
            }
            answers(operation, method == PathItem.HttpMethod.GET && !namesThePart ? list(ref(view)) : ref(view));
        });
    }

    /** The 200 answer's body, when it has one (not a deletion's). */
    private static void answers(Operation operation, Schema<?> body) {
        var ok = operation.getResponses() == null
                ? null
                : operation.getResponses().get("200");
        if (ok != null && ok.getContent() != null) {
            ok.setContent(new Content().addMediaType("*/*", new MediaType().schema(body)));
        }
    }

    private static String summary(PartKind<?, ?, ?> kind, String summary) {
        String part = kind.name().toLowerCase(Locale.ROOT);
        String article = "aeiou".indexOf(part.charAt(0)) >= 0 ? "an " : "a ";
        return summary.replace("{parts}", kind.plural())
                .replace("{a part}", article + part)
                .replace("{part}", part);
    }

    /** Adds the record's schema (and those it refers to) to the document; returns its name. */
    private static String schema(OpenAPI openApi, Class<?> type) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        ModelConverters.getInstance(true).readAll(new AnnotatedType(type)).forEach((name, schema) -> {
            if (openApi.getComponents().getSchemas() == null
                    || !openApi.getComponents().getSchemas().containsKey(name)) {
                openApi.getComponents().addSchemas(name, schema);
            }
        });
        requireWhatAChangeRequires(openApi.getComponents().getSchemas().get(type.getSimpleName()), type);
        return type.getSimpleName();
    }

    /**
     * A field that must not be null on a change only (the version the client read) is required in
     * the record's schema, as springdoc says of a body that is validated as a change.
     */
    private static void requireWhatAChangeRequires(Schema<?> schema, Class<?> type) {
        if (schema == null || !type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            NotNull notNull = component.getAccessor().getAnnotation(NotNull.class);
            if (notNull != null
                    && (schema.getRequired() == null || !schema.getRequired().contains(component.getName()))) {
                schema.addRequiredItem(component.getName());
                schema.getRequired().sort(null);
            }
        }
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Schema<?> list(Schema<?> items) {
        return new ArraySchema().items(items);
    }
}
