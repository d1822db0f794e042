package org.missionplanner.coordination;

import java.util.List;

/** A mission's coordination page: its bodies and its overdue action items. */
public record CoordinationOverview(List<BodySummary> bodies, List<OverdueAction> overdue) {}
