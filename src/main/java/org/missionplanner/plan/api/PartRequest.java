package org.missionplanner.plan.api;

/** A request that adds or changes a plan part: the details, and the version the client read (for a change). */
interface PartRequest<D> {

    Long version();

    D toDetails();
}
