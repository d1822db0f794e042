package org.missionplanner.plan.web;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.missionplanner.plan.PartKind;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How the outline editor shows one kind of plan part: what its form record declares as {@code
 * FORMS} ({@code TaskForm.FORMS}), which {@link PartController} serves. The names follow from the
 * kind's: the URL {@code /plans/{planId}/tasks}, the fragment {@code task} of
 * templates/plans/forms.html, the form's model attribute {@code taskForm}, the anchor {@code
 * task-12} of a part on its page, the messages {@code plan.task.added}. A kind whose parts stand
 * under a parent ({@code noParent} given) has an "add" form of its own ({@code .../new}); a kind on
 * the outline moves its parts up and down.
 *
 * @param kind the kind
 * @param page the page the parts are shown on, and that their actions return to
 * @param choices what the form offers to choose from
 * @param noParent the last word of a new part's form id when its "add" link names no parent, as in
 *     {@code task-new-unlinked}; null for a kind whose new parts have no parent
 * @param newAnchor where cancelling a new part's form returns to on the page
 * @param empty the form of a new part, given the form bound from the "add" link: it keeps the parent
 * @param from the form of an existing part, from its view and the parent plan's result it
 *     contributes to (null for a kind that contributes to none)
 */
record PartForms<F extends PartForm<D>, D, V>(
        PartKind<?, D, V> kind,
        PartPage page,
        Set<FormChoice> choices,
        String noParent,
        String newAnchor,
        UnaryOperator<F> empty,
        Reader<V, F> from) {

    /** Reads an existing part's view into its form. */
    @FunctionalInterface
    interface Reader<V, F> {

        F read(V view, Long contributesToResultId);
    }

    /** The URL of the kind's parts, such as {@code /plans/{planId}/tasks}. */
    String path() {
        return "/plans/{planId}/" + kind.plural();
    }

    /** Whether the kind's parts move up and down among their siblings: those on the outline. */
    boolean ordered() {
        return page == PartPage.OUTLINE;
    }

    /** Whether a new part is added under a parent, from an "add" link beside it ({@code .../new}). */
    boolean nested() {
        return noParent != null;
    }

    /** The kind's name in ids, fragments and message keys: {@code task}. */
    String name() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The model attribute of the form, as Spring names a form bound to {@code TaskForm}. */
    String formAttribute() {
        return name() + "Form";
    }

    String anchor(long partId) {
        return name() + "-" + partId;
    }

    /** The message of an event of the kind ({@code added}, {@code saved}, {@code deleted}). */
    String message(String event) {
        return "plan." + name() + "." + event;
    }

    /** The form of a new part under the given parent, or under none. */
    ElementForm adding(long planId, String parent) {
        String id = name() + "-new";
        if (noParent != null) {
            id += "-" + (parent == null || parent.isBlank() ? noParent : parent);
        }
        return new ElementForm(
                this,
                id,
                UriComponentsBuilder.fromPath(path()).buildAndExpand(planId).toUriString(),
                true,
                page.url(planId),
                newAnchor);
    }

    /** The form of an existing part. */
    ElementForm changing(long planId, long partId) {
        return new ElementForm(
                this,
                anchor(partId) + "-form",
                UriComponentsBuilder.fromPath(path())
                        .path("/{partId}")
                        .buildAndExpand(planId, partId)
                        .toUriString(),
                false,
                page.url(planId),
                anchor(partId));
    }
}
