package org.missionplanner.plan;

interface PlanResultRepository extends PlanPartRepository<PlanResult> {}
