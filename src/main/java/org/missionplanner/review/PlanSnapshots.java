package org.missionplanner.review;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.List;
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

    /**
     * Reads snapshots back as outlines, tolerant of older ones: unknown fields are skipped, a missing
     * list is empty, any other missing field null (or zero, false).
     */
    private final JsonMapper outlines = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .withConfigOverride(List.class, o -> o.setNullHandling(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .build();

    PlanOutline outline(String snapshot) {
        return outlines.readValue(snapshot, PlanOutline.class);
    }

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
