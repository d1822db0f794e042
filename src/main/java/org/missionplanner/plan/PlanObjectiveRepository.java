package org.missionplanner.plan;

interface PlanObjectiveRepository extends PlanPartRepository<Objective> {}
