package org.missionplanner.plan;

public interface BenchmarkRepository extends PlanPartRepository<Benchmark> {}
