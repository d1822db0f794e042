package org.missionplanner.plan;

interface BenchmarkRepository extends PlanPartRepository<Benchmark> {}
