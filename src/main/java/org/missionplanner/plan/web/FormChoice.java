package org.missionplanner.plan.web;

/** What a form of a plan part offers to choose from, each read only for the forms that need it. */
enum FormChoice {
    /** The plan's objectives, each with its results. */
    OBJECTIVES,
    /** The mission's units and the organisations, as leads, supporters and owners. */
    ACTORS,
    /** The categories of the mandate in force first, then the others. */
    MANDATE_CATEGORIES
}
