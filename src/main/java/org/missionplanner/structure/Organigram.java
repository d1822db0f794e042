package org.missionplanner.structure;

import java.util.List;
import org.missionplanner.mission.OchaPosition;

/** A mission's organigram ready to show: the drawing, and the integration checks of the same structure. */
public record Organigram(
        long missionId,
        String acronym,
        String fullName,
        OchaPosition model,
        int unitCount,
        OrganigramDrawing drawing,
        List<IntegrationCheck> checks) {}
