package org.missionplanner.plan;

/** A draft plan was deleted with all its parts, published in the transaction that deleted it. */
public record PlanDeleted(long planId, long missionId, String title) {}
