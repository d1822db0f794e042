package org.missionplanner.plan;

public interface RiskRepository extends PlanPartRepository<Risk> {}
