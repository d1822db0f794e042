package org.missionplanner.plan.web;

import java.util.Set;

/**
 * Which form of a plan part to show and where it posts. {@link #fragment()} names a fragment of
 * templates/plans/forms.html; {@code id} is the form element's id, which an htmx answer with
 * errors replaces; {@code back} and {@code anchor} are where "cancel" returns to, on the page the
 * part is shown on. Made by {@link PartForms}.
 */
record ElementForm(PartForms<?, ?, ?> part, String id, String action, boolean isNew, String back, String anchor) {

    public String fragment() {
        return part.name();
    }

    public String titleKey() {
        return part.message(isNew ? "new" : "edit");
    }

    public PartPage page() {
        return part.page();
    }

    /** The model attribute of the form's object, whose version the move and delete forms send. */
    public String formAttribute() {
        return part.formAttribute();
    }

    /** True when the part moves up and down among its siblings on the outline. */
    public boolean movable() {
        return part.ordered();
    }

    public Set<FormChoice> choices() {
        return part.choices();
    }
}
