package org.missionplanner.plan;

interface IndicatorRepository extends PlanPartRepository<Indicator> {}
