package org.missionplanner.review;

import org.missionplanner.plan.PlanOutline;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a whole plan as JSON for a version's snapshot, and reads snapshots back as trees. The
 * live plan goes through the same text form, so that a snapshot and the live plan compare alike.
 */
@Component
class PlanSnapshots {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    String write(PlanOutline outline) {
        return json.writeValueAsString(outline);
    }

    JsonNode read(String snapshot) {
        return json.readTree(snapshot);
    }

    JsonNode tree(PlanOutline outline) {
        return read(write(outline));
    }
}
