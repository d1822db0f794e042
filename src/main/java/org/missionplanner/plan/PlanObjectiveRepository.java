package org.missionplanner.plan;

public interface PlanObjectiveRepository extends PlanPartRepository<Objective> {}
