package org.missionplanner.plan.web;

/** The form of a plan part: what the planner wrote, and the version of the part they saw. */
interface PartForm<D> {

    /** The version the planner saw; null on a new part's form. */
    Long version();

    D toDetails();

    /**
     * What a new part is added under, as the "add" link names it ({@code 7}, or {@code result-7} for
     * a task): the last word of the form's id. Null when nothing is named, or when the kind has no
     * parent.
     */
    default String parent() {
        return null;
    }
}
