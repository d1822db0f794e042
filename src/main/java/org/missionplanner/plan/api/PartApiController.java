package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.web.PartMapping;
import org.missionplanner.plan.web.PartRouted;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The JSON API of a kind of plan part, the same for every kind: the plan's parts of that kind, one
 * part, and adding, changing and deleting one. A kind's controller gives its path, its request and
 * how its parts are read; these methods are mapped under that path, with the part's id named as
 * the kind names it ({@code /api/v1/plans/{planId}/tasks/{taskId}}), and {@link PartApiDocs}
 * describes them with the kind's name.
 */
abstract class PartApiController<R extends PartRequest<D>, D, V> implements PartRouted {

    /** Reads the plan's parts of the kind, in plan order. */
    @FunctionalInterface
    interface ListReader<V> {

        List<V> read(long planId);
    }

    /** Reads one part of the plan; "not found" when it is another plan's. */
    @FunctionalInterface
    interface Reader<V> {

        V read(long planId, long partId);
    }

    private final PartKind<?, D> kind;
    private final String path;
    private final PlanEditing editing;
    private final ListReader<V> all;
    private final Reader<V> one;

    PartApiController(PartKind<?, D> kind, String path, PlanEditing editing, ListReader<V> all, Reader<V> one) {
        this.kind = kind;
        this.path = path;
        this.editing = editing;
        this.all = all;
        this.one = one;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public PartKind<?, D> kind() {
        return kind;
    }

    @PartMapping(method = RequestMethod.GET)
    @Operation(summary = "The plan's {parts}, in plan order")
    List<V> list(@PathVariable long planId) {
        return all.read(planId);
    }

    @PartMapping(method = RequestMethod.POST)
    @Operation(summary = "Add {a part} to a draft plan")
    ResponseEntity<V> create(@PathVariable long planId, @Valid @RequestBody R request) {
        long id = add(planId, request);
        return ResponseEntity.created(UriComponentsBuilder.fromPath(path)
                        .path("/{partId}")
                        .buildAndExpand(planId, id)
                        .toUri())
                .body(one.read(planId, id));
    }

    @PartMapping(method = RequestMethod.GET, path = "/{id}")
    @Operation(summary = "One {part} of the plan")
    V get(@PathVariable long planId, @Parameter(hidden = true) @PathVariable Map<String, String> variables) {
        return one.read(planId, partId(variables));
    }

    @PartMapping(method = RequestMethod.PUT, path = "/{id}")
    @Operation(summary = "Change {a part} of a draft plan; 409 when the version is stale")
    V update(
            @PathVariable long planId,
            @Parameter(hidden = true) @PathVariable Map<String, String> variables,
            @Validated(Update.class) @RequestBody R request) {
        long partId = partId(variables);
        change(planId, partId, request);
        return one.read(planId, partId);
    }

    /** Saves a new part; a kind that saves more than its details with it says so here. */
    long add(long planId, R request) {
        return editing.add(kind, planId, request.toDetails());
    }

    /** Saves a changed part; a kind that saves more than its details with it says so here. */
    void change(long planId, long partId, R request) {
        editing.update(kind, planId, partId, request.version(), request.toDetails());
    }

    @PartMapping(method = RequestMethod.DELETE, path = "/{id}")
    @Operation(summary = "Delete {a part} of a draft plan; 409 when the version is stale")
    ResponseEntity<Void> delete(
            @PathVariable long planId,
            @Parameter(hidden = true) @PathVariable Map<String, String> variables,
            @RequestParam long version) {
        editing.delete(kind, planId, partId(variables), version);
        return ResponseEntity.noContent().build();
    }
}
