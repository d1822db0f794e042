package org.missionplanner.review;

/** The parts of a plan a comment or a comparison names; the plan as a whole has no element id. */
public enum ElementType {
    PLAN,
    OBJECTIVE,
    RESULT,
    INDICATOR,
    TASK,
    BENCHMARK,
    RISK;

    /** The key the outline uses for an element, such as "task-12"; "plan" for the plan as a whole. */
    public String key(Long elementId) {
        return this == PLAN || elementId == null ? "plan" : name().toLowerCase() + "-" + elementId;
    }

    /** An element named by its key: "plan", or a type and an id such as "task-12"; null when the key names none. */
    public static ElementRef parse(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.equals("plan")) {
            return new ElementRef(PLAN, null);
        }
        int dash = key.lastIndexOf('-');
        if (dash <= 0) {
            return null;
        }
        try {
            ElementType type = valueOf(key.substring(0, dash).toUpperCase());
            long id = Long.parseLong(key.substring(dash + 1));
            return type == PLAN ? null : new ElementRef(type, id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public record ElementRef(ElementType type, Long id) {}
}
