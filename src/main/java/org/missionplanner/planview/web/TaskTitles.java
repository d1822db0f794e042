package org.missionplanner.planview.web;

import java.util.HashMap;
import java.util.Map;
import org.missionplanner.plan.PlanOutline;

/** The titles of a plan's objectives and results and the names of its lead actors and national counterparts, for task lists. */
record TaskTitles(Map<Long, String> objectives, Map<Long, String> results, Map<String, String> actors) {

    static TaskTitles of(PlanOutline outline) {
        Map<Long, String> objectives = new HashMap<>();
        Map<Long, String> results = new HashMap<>();
        Map<String, String> actors = new HashMap<>();
        outline.objectives().forEach(o -> {
            objectives.put(o.objective().id(), o.objective().title());
            o.results().forEach(r -> results.put(r.result().id(), r.result().title()));
        });
        outline.allTasks().stream()
                .map(t -> t.lead())
                .filter(l -> l != null)
                .forEach(l -> actors.putIfAbsent(l.key(), l.name()));
        outline.allTasks().stream()
                .flatMap(t -> t.nationalCounterparts().stream())
                .forEach(c -> actors.putIfAbsent(c.key(), c.fullName()));
        return new TaskTitles(objectives, results, actors);
    }

    public String objective(Long id) {
        return id == null ? null : objectives.get(id);
    }

    public String result(Long id) {
        return id == null ? null : results.get(id);
    }

    public String actor(String key) {
        return key == null ? null : actors.getOrDefault(key, key);
    }
}
