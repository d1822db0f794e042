package org.missionplanner.coordination;

import java.util.List;

/** A body with its meetings, latest first. */
public record BodyPage(BodySummary body, List<MeetingView> meetings) {}
