package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

@NamedInterface("read-model")
public record ResultView(long id, long objectiveId, int position, String title, String description, long version) {

    static ResultView of(PlanResult result) {
        return new ResultView(
                result.getId(),
                result.getObjectiveId(),
                result.getPosition(),
                result.getTitle(),
                result.getDescription(),
                result.getVersion());
    }
}
