package org.missionplanner.plan.web;

/**
 * The part of the outline that an htmx action on an element redraws when it is not the whole tree:
 * the section of the element's objective, or the tasks that serve no objective. Its {@link #id()}
 * is the section's id on the page; {@link #url(long)} its page of its own.
 */
record OutlineRegion(Long objectiveId) {

    static final OutlineRegion UNLINKED = new OutlineRegion(null);

    String id() {
        return objectiveId == null ? "unlinked-tasks" : "objective-" + objectiveId;
    }

    String url(long planId) {
        return objectiveId == null
                ? "/plans/" + planId + "/unlinked-tasks"
                : "/plans/" + planId + "/objectives/" + objectiveId + "/outline";
    }
}
