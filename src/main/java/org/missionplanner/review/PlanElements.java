package org.missionplanner.review;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Flattens a plan (a snapshot or the live outline, as JSON) into its elements in outline order,
 * each with the fields a person changes when planning. Ids, versions, positions and monitoring
 * figures are left out: they change without the plan changing.
 */
final class PlanElements {

    static final List<String> PLAN_FIELDS =
            List.of("title", "periodStart", "periodEnd", "sharedVision", "contextSummary");
    static final List<String> OBJECTIVE_FIELDS = List.of("title", "dimension", "description");
    static final List<String> RESULT_FIELDS = List.of("title", "description");
    static final List<String> INDICATOR_FIELDS = List.of(
            "definition", "unit", "baselineValue", "baselineOn", "targetValue", "targetOn", "dataSource", "frequency");
    static final List<String> TASK_FIELDS = List.of(
            "title",
            "description",
            "mandateCategory",
            "nationalCounterpart",
            "fundingSource",
            "amount",
            "currency",
            "startOn",
            "endOn",
            "horizon",
            "status");

    static final List<String> BENCHMARK_FIELDS = List.of("description", "dueOn", "transition", "achieved");
    static final List<String> RISK_FIELDS = List.of("description", "dilemma", "likelihood", "impact", "mitigation");

    private final Map<String, ElementState> elements = new LinkedHashMap<>();
    private final Map<Long, String> objectiveTitles = new HashMap<>();
    private final Map<Long, String> resultTitles = new HashMap<>();

    private PlanElements() {}

    /** The elements by key ("plan", "objective-3", "task-12"), in outline order. */
    static Map<String, ElementState> of(JsonNode outline) {
        return new PlanElements().read(outline);
    }

    private Map<String, ElementState> read(JsonNode outline) {
        JsonNode plan = outline.path("plan");
        add(ElementType.PLAN, plan, text(plan.path("title")), PLAN_FIELDS, Map.of());
        for (JsonNode objectiveNode : outline.path("objectives")) {
            JsonNode objective = objectiveNode.path("objective");
            String objectiveTitle = text(objective.path("title"));
            objectiveTitles.put(objective.path("id").asLong(), objectiveTitle);
            add(ElementType.OBJECTIVE, objective, objectiveTitle, OBJECTIVE_FIELDS, Map.of());
            for (JsonNode resultNode : objectiveNode.path("results")) {
                JsonNode result = resultNode.path("result");
                String resultTitle = text(result.path("title"));
                resultTitles.put(result.path("id").asLong(), resultTitle);
                add(ElementType.RESULT, result, resultTitle, RESULT_FIELDS, Map.of("objective", objectiveTitle));
                for (JsonNode indicator : resultNode.path("indicators")) {
                    add(
                            ElementType.INDICATOR,
                            indicator,
                            text(indicator.path("definition")),
                            INDICATOR_FIELDS,
                            Map.of("result", resultTitle));
                }
            }
        }
        for (JsonNode objectiveNode : outline.path("objectives")) {
            for (JsonNode resultNode : objectiveNode.path("results")) {
                resultNode.path("tasks").forEach(this::addTask);
            }
            objectiveNode.path("tasks").forEach(this::addTask);
        }
        outline.path("unlinkedTasks").forEach(this::addTask);
        for (JsonNode objectiveNode : outline.path("objectives")) {
            objectiveNode.path("benchmarks").forEach(this::addBenchmark);
        }
        outline.path("benchmarks").forEach(this::addBenchmark);
        for (JsonNode risk : outline.path("risks")) {
            add(
                    ElementType.RISK,
                    risk,
                    text(risk.path("description")),
                    RISK_FIELDS,
                    Map.of("owner", text(risk.path("owner").path("name"))));
        }
        return elements;
    }

    private void addBenchmark(JsonNode benchmark) {
        add(
                ElementType.BENCHMARK,
                benchmark,
                text(benchmark.path("description")),
                BENCHMARK_FIELDS,
                Map.of(
                        "objective",
                        objectiveTitles.getOrDefault(
                                benchmark.path("objectiveId").asLong(), "")));
    }

    private void addTask(JsonNode task) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put(
                "objective",
                objectiveTitles.getOrDefault(task.path("objectiveId").asLong(), ""));
        links.put("result", resultTitles.getOrDefault(task.path("resultId").asLong(), ""));
        links.put("lead", text(task.path("lead").path("name")));
        links.put(
                "supporters",
                StreamSupport.stream(task.path("supporters").spliterator(), false)
                        .map(s -> text(s.path("name")))
                        .collect(Collectors.joining(", ")));
        links.put(
                "funding",
                StreamSupport.stream(task.path("funding").spliterator(), false)
                        .map(f -> text(f.path("source")) + " " + text(f.path("required")) + " / "
                                + text(f.path("pledged")) + " / " + text(f.path("disbursed")))
                        .collect(Collectors.joining("; ")));
        add(ElementType.TASK, task, text(task.path("title")), TASK_FIELDS, links);
    }

    private void add(
            ElementType type, JsonNode node, String title, List<String> fieldNames, Map<String, String> links) {
        Map<String, String> fields = new LinkedHashMap<>();
        fieldNames.forEach(name -> fields.put(name, text(node.path(name))));
        fields.putAll(links);
        var state = new ElementState(type, node.path("id").asLong(), title, fields);
        elements.put(state.key(), state);
    }

    /** A field's value as text; numbers without trailing zeros, so that 1000.0000 and 1000 are equal. */
    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue().stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        }
        return node.asString();
    }
}
