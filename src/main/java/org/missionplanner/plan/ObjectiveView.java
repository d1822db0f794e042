package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

@NamedInterface("read-model")
public record ObjectiveView(
        long id,
        int position,
        String title,
        Dimension dimension,
        String description,
        long version,
        Long nationalPriorityId) {

    public ObjectiveView(long id, int position, String title, Dimension dimension, String description, long version) {
        this(id, position, title, dimension, description, version, null);
    }

    static ObjectiveView of(Objective objective) {
        return new ObjectiveView(
                objective.getId(),
                objective.getPosition(),
                objective.getTitle(),
                objective.getDimension(),
                objective.getDescription(),
                objective.getVersion(),
                objective.getNationalPriorityId());
    }
}
