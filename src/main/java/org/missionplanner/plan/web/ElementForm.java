package org.missionplanner.plan.web;

/**
 * Which form of the outline to show and where it posts. {@code fragment} names a fragment of
 * templates/plans/forms.html; {@code id} is the form element's id, which an htmx answer with
 * errors replaces; {@code anchor} is where "cancel" returns to on the outline.
 */
record ElementForm(String fragment, String id, String action, String titleKey, boolean isNew, String anchor) {}
