package org.missionplanner.plan.web;

/** What a form of a plan part offers to choose from, each read only for the forms that need it. */
enum FormChoice {
    /** The plan's objectives, each with its results. */
    OBJECTIVES,
    /** The mission's units and the organisations, as leads, supporters and owners. */
    ACTORS,
    /** The categories of the mandate in force first, then the others. */
    MANDATE_CATEGORIES,
    /** The results of the parent plan that the part may contribute to (chain of plans). */
    CONTRIBUTIONS,
    /** The priorities of the host countries' national plans the part may be aligned with. */
    NATIONAL_PRIORITIES
}
