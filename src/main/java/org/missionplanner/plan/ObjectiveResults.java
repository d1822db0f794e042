package org.missionplanner.plan;

import java.util.List;

/** An objective with its results, in their order. */
public record ObjectiveResults(ObjectiveView objective, List<ResultView> results) {}
