package org.missionplanner.plan;

public interface PlanResultRepository extends PlanPartRepository<PlanResult> {}
