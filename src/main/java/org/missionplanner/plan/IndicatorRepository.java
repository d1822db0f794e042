package org.missionplanner.plan;

public interface IndicatorRepository extends PlanPartRepository<Indicator> {}
