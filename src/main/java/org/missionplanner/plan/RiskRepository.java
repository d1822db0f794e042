package org.missionplanner.plan;

interface RiskRepository extends PlanPartRepository<Risk> {}
