package org.missionplanner.plan.web;

import jakarta.validation.Valid;
import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.missionplanner.plan.DeletionImpact;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanEditing.Direction;
import org.missionplanner.plan.PlanPartQueries;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The outline editor's actions on a part of a plan, the same for every kind: adding one, the form
 * to change one, changing, moving and deleting it. Each kind is its form record in this package,
 * {@code TaskForm}, whose {@code FORMS} ({@link PartForms}) say on which page its parts stand and
 * how one is read into the form; {@link PartRoutes} maps these methods under the kind's URLs
 * ({@code POST /plans/{planId}/tasks}, {@code GET /plans/{planId}/tasks/{taskId}/edit}...) and binds
 * the form to the kind's record. Every action answers an htmx request with a part of the page and a
 * plain form with a redirect: see {@link OutlinePages}. A part that contributes to a result of the
 * parent plan (a task, a result) is saved with that link; a kind that redraws more than the usual
 * says so with its {@link PartRedraws}.
 */
@Controller
class PartController implements PartRouted {

    private final PlanEditing editing;
    private final PlanChain chain;
    private final PlanPartQueries queries;
    private final OutlinePages pages;
    private final Map<PartKind<?, ?, ?>, PartForms<?, ?, ?>> forms = new LinkedHashMap<>();
    private final Map<PartKind<?, ?, ?>, Class<?>> types = new LinkedHashMap<>();
    private final Map<PartKind<?, ?, ?>, PartRedraws> redraws = new LinkedHashMap<>();

    PartController(
            PlanEditing editing,
            PlanChain chain,
            PlanPartQueries queries,
            OutlinePages pages,
            List<PartRedraws> redraws) {
        this.editing = editing;
        this.chain = chain;
        this.queries = queries;
        this.pages = pages;
        for (PartKind<?, ?, ?> kind : PartKind.values()) {
            Class<?> type = PartRouted.recordOf(PartController.class, kind, "Form", PartForm.class);
            types.put(kind, type);
            forms.put(kind, formsOf(type, kind));
        }
        redraws.forEach(r -> this.redraws.put(r.kind(), r));
    }

    /** What a form record declares as its {@code FORMS}. */
    static PartForms<?, ?, ?> formsOf(Class<?> type, PartKind<?, ?, ?> kind) {
        try {
            Field field = type.getDeclaredField("FORMS");
            PartForms<?, ?, ?> declared = (PartForms<?, ?, ?>) field.get(null);
            if (declared.kind() != kind) {
                throw new IllegalStateException(type + ".FORMS are of " + declared.kind());
            }
            return declared;
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException(type + " declares no FORMS", e);
        }
    }

    /** The kind's registration on the outline editor. */
    PartForms<?, ?, ?> forms(PartKind<?, ?, ?> kind) {
        return forms.get(kind);
    }

    @Override
    public Map<PartKind<?, ?, ?>, String> paths() {
        Map<PartKind<?, ?, ?>, String> paths = new LinkedHashMap<>();
        forms.forEach((kind, registration) -> paths.put(kind, registration.path()));
        return paths;
    }

    @Override
    public Class<?> bodyType(PartKind<?, ?, ?> kind) {
        return types.get(kind);
    }

    /** Only a kind whose parts stand under a parent has an "add" form of its own; only ordered parts move. */
    @Override
    public boolean serves(PartKind<?, ?, ?> kind, PartMapping mapping) {
        return switch (mapping.path()) {
            case "/new" -> forms.get(kind).nested();
            case "/{id}/move" -> forms.get(kind).ordered();
            default -> true;
        };
    }

    @PartMapping(method = RequestMethod.POST)
    String add(
            PartKind<?, ?, ?> kind,
            @PathVariable long planId,
            @Valid @ModelAttribute PartForm<?> form,
            BindingResult errors,
            Reply reply) {
        PartForms<?, ?, ?> forms = forms(kind);
        long[] added = new long[1];
        return pages.save(
                planId,
                forms.adding(planId, form.parent()),
                errors,
                () -> {
                    added[0] = addPart(forms, planId, form);
                    return forms.anchor(added[0]);
                },
                anchor -> pages.regionOf(forms, planId, added[0]),
                forms.message("added"),
                reply,
                null);
    }

    /**
     * The empty form of a part added under another one, for the page (htmx) or on a page of its
     * own. The "add" link names the parent as the form does ({@code ?objectiveId=7}, {@code
     * ?serves=result-7}), so the form binds it.
     */
    @PartMapping(method = RequestMethod.GET, path = "/new")
    String newForm(PartKind<?, ?, ?> kind, @PathVariable long planId, @ModelAttribute PartForm<?> link, Reply reply) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, reply.redirect());
        }
        PartForms<?, ?, ?> forms = forms(kind);
        PartForm<?> form = empty(forms, link);
        reply.model().addAttribute(forms.formAttribute(), form);
        pages.cancelTo(pages.regionOfNew(forms, planId, form.parent()), planId, reply.model());
        return pages.form(planId, forms.adding(planId, form.parent()), reply.htmx(), reply.model());
    }

    /** The form of one part, for the page (htmx) or on a page of its own. */
    @PartMapping(method = RequestMethod.GET, path = "/{id}/edit")
    String edit(
            PartKind<?, ?, ?> kind, @PathVariable long planId, @PathVariable Map<String, String> path, Reply reply) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, reply.redirect());
        }
        PartForms<?, ?, ?> forms = forms(kind);
        long partId = PartRouted.partId(kind, path);
        reply.model().addAttribute(forms.formAttribute(), read(forms, planId, partId));
        pages.cancelTo(pages.regionOf(forms, planId, partId), planId, reply.model());
        return pages.form(planId, forms.changing(planId, partId), reply.htmx(), reply.model());
    }

    @PartMapping(method = RequestMethod.POST, path = "/{id}")
    String update(
            PartKind<?, ?, ?> kind,
            @PathVariable long planId,
            @PathVariable Map<String, String> path,
            @Valid @ModelAttribute PartForm<?> form,
            BindingResult errors,
            Reply reply) {
        PartForms<?, ?, ?> forms = forms(kind);
        long partId = PartRouted.partId(kind, path);
        OutlineRegion before = pages.regionOf(forms, planId, partId);
        OutlineRegion[] after = new OutlineRegion[1];
        return pages.save(
                planId,
                forms.changing(planId, partId),
                errors,
                () -> {
                    updatePart(forms, planId, partId, form);
                    return forms.anchor(partId);
                },
                anchor -> {
                    after[0] = pages.regionOf(forms, planId, partId);
                    return Objects.equals(before, after[0]) ? after[0] : null;
                },
                forms.message("saved"),
                reply,
                redrawOfChange(kind, planId, partId, before, () -> after[0]));
    }

    @PartMapping(method = RequestMethod.POST, path = "/{id}/move")
    String move(
            PartKind<?, ?, ?> kind,
            @PathVariable long planId,
            @PathVariable Map<String, String> path,
            @RequestParam long version,
            @RequestParam Direction direction,
            Reply reply) {
        PartForms<?, ?, ?> forms = forms(kind);
        long partId = PartRouted.partId(kind, path);
        PartRedraws special = redraws.get(kind);
        return pages.act(
                planId,
                forms.page(),
                pages.regionOf(forms, planId, partId),
                forms.anchor(partId),
                "plan.moved",
                () -> editing.move(kind, planId, partId, version, direction),
                reply,
                special == null ? null : special.ofMove(planId, partId, direction));
    }

    /**
     * What an htmx answer to a change redraws besides the usual: when the part left its section of
     * the outline for another (a task now serving another objective), the two sections.
     */
    private OutlinePages.Redraw redrawOfChange(
            PartKind<?, ?, ?> kind, long planId, long partId, OutlineRegion before, Supplier<OutlineRegion> after) {
        PartRedraws special = redraws.get(kind);
        if (special != null) {
            return special.ofChange(planId, partId, before, after);
        }
        return (refused, reply) -> before != null && after.get() != null && !before.equals(after.get())
                ? pages.moved(planId, before, after.get(), reply)
                : null;
    }

    /**
     * Asks before deleting a part, saying what goes with it (an objective's results, indicators and
     * their measurements) and what stays unlinked: inline for htmx, as a page of its own without
     * JavaScript.
     */
    @PartMapping(method = RequestMethod.GET, path = "/{id}/delete")
    String confirmDelete(
            PartKind<?, ?, ?> kind,
            @PathVariable long planId,
            @PathVariable Map<String, String> path,
            @RequestParam(required = false) Long version,
            Reply reply) {
        if (!pages.editable(planId)) {
            return pages.notEditable(planId, reply.redirect());
        }
        long partId = PartRouted.partId(kind, path);
        ElementForm form = forms(kind).changing(planId, partId);
        DeletionImpact impact = editing.impactOfDeleting(kind, planId, partId);
        reply.model().addAttribute("impact", impact);
        reply.model().addAttribute("deleteAction", form.action() + "/delete");
        // the version the planner saw on the outline, so that a change since is a conflict on delete
        reply.model().addAttribute("version", version == null ? impact.version() : version);
        reply.model().addAttribute("back", form.back());
        if (reply.isHtmx()) {
            return "plans/delete-confirm :: box";
        }
        reply.model().addAttribute("plan", pages.plan(planId));
        reply.model().addAttribute("activeTab", form.page().tab());
        return "plans/delete-confirm";
    }

    @PartMapping(method = RequestMethod.POST, path = "/{id}/delete")
    String delete(
            PartKind<?, ?, ?> kind,
            @PathVariable long planId,
            @PathVariable Map<String, String> path,
            @RequestParam long version,
            Reply reply) {
        PartForms<?, ?, ?> forms = forms(kind);
        long partId = PartRouted.partId(kind, path);
        OutlineRegion region = pages.regionOf(forms, planId, partId);
        PartRedraws special = redraws.get(kind);
        return pages.act(
                planId,
                forms.page(),
                region,
                region == null ? forms.page().anchor() : region.id(),
                forms.message("deleted"),
                () -> editing.delete(kind, planId, partId, version),
                reply,
                special == null ? null : special.ofDelete(planId, partId));
    }

    /** One part of the plan read into its form, with what it contributes to in the parent plan. */
    private <F extends PartForm<D>, D, V> F read(PartForms<F, D, V> forms, long planId, long partId) {
        PartKind<?, D, V> kind = forms.kind();
        V view = queries.part(kind, planId, partId);
        Long contribution = PlanChain.Contribution.class.isAssignableFrom(types.get(kind))
                ? chain.contributionOf(kind, planId, partId)
                : null;
        return forms.from().read(view, contribution);
    }

    @SuppressWarnings("unchecked")
    private static <F extends PartForm<D>, D, V> F empty(PartForms<F, D, V> forms, PartForm<?> link) {
        return forms.empty().apply((F) link);
    }

    /** Saves a new part; one that contributes to the parent plan (a task, a result) is saved with that link. */
    private <D> long addPart(PartForms<?, D, ?> forms, long planId, PartForm<?> form) {
        D details = detailsOf(forms, form);
        return form instanceof PlanChain.Contribution contribution
                ? chain.add(forms.kind(), planId, details, contribution.contributesToResultId())
                : editing.add(forms.kind(), planId, details);
    }

    /** Saves a changed part, with what it contributes to when it does. */
    private <D> void updatePart(PartForms<?, D, ?> forms, long planId, long partId, PartForm<?> form) {
        D details = detailsOf(forms, form);
        long version = Versions.of(form.version());
        if (form instanceof PlanChain.Contribution contribution) {
            chain.update(forms.kind(), planId, partId, version, details, contribution.contributesToResultId());
        } else {
            editing.update(forms.kind(), planId, partId, version, details);
        }
    }

    @SuppressWarnings("unchecked")
    private static <D> D detailsOf(PartForms<?, D, ?> forms, PartForm<?> form) {
        return (D) form.toDetails();
    }
}
