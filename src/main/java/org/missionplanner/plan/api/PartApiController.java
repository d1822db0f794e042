package org.missionplanner.plan.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.plan.PartKind;
import org.missionplanner.plan.PlanChain;
import org.missionplanner.plan.PlanEditing;
import org.missionplanner.plan.PlanPartQueries;
import org.missionplanner.plan.web.PartMapping;
import org.missionplanner.plan.web.PartRouted;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The JSON API of every kind of plan part, the same for each: the plan's parts of a kind, one part,
 * and adding, changing and deleting one. Its methods are mapped under each kind's path ({@code
 * /api/v1/plans/{planId}/tasks}), with the part's id named as the kind names it ({@code
 * /api/v1/plans/{planId}/tasks/{taskId}}); a body is bound to the kind's request record in this
 * package ({@code TaskRequest}), and {@link PartApiDocs} describes each kind's URLs with its name.
 */
@RestController
class PartApiController implements PartRouted {

    private final PlanEditing editing;
    private final PlanChain chain;
    private final PlanPartQueries queries;
    private final Map<PartKind<?, ?, ?>, String> paths = new LinkedHashMap<>();
    private final Map<PartKind<?, ?, ?>, Class<?>> requests = new LinkedHashMap<>();

    PartApiController(PlanEditing editing, PlanChain chain, PlanPartQueries queries) {
        this.editing = editing;
        this.chain = chain;
        this.queries = queries;
        for (PartKind<?, ?, ?> kind : PartKind.values()) {
            paths.put(kind, "/api/v1/plans/{planId}/" + kind.plural());
            requests.put(kind, PartRouted.recordOf(PartApiController.class, kind, "Request", PartRequest.class));
        }
    }

    @Override
    public Map<PartKind<?, ?, ?>, String> paths() {
        return paths;
    }

    @Override
    public Class<?> bodyType(PartKind<?, ?, ?> kind) {
        return requests.get(kind);
    }

    @PartMapping(method = RequestMethod.GET)
    @Operation(summary = "The plan's {parts}, in plan order")
    List<?> list(@Parameter(hidden = true) PartKind<?, ?, ?> kind, @PathVariable long planId) {
        return queries.list(kind, planId);
    }

    @PartMapping(method = RequestMethod.POST)
    @Operation(summary = "Add {a part} to a draft plan")
    ResponseEntity<?> create(
            @Parameter(hidden = true) PartKind<?, ?, ?> kind,
            @PathVariable long planId,
            @Valid @RequestBody PartRequest<?> request) {
        long id = add(kind, planId, request);
        return ResponseEntity.created(UriComponentsBuilder.fromPath(paths.get(kind))
                        .path("/{partId}")
                        .buildAndExpand(planId, id)
                        .toUri())
                .body(queries.part(kind, planId, id));
    }

    @PartMapping(method = RequestMethod.GET, path = "/{id}")
    @Operation(summary = "One {part} of the plan")
    Object get(
            @Parameter(hidden = true) PartKind<?, ?, ?> kind,
            @PathVariable long planId,
            @Parameter(hidden = true) @PathVariable Map<String, String> variables) {
        return queries.part(kind, planId, PartRouted.partId(kind, variables));
    }

    @PartMapping(method = RequestMethod.PUT, path = "/{id}")
    @Operation(summary = "Change {a part} of a draft plan; 409 when the version is stale")
    Object update(
            @Parameter(hidden = true) PartKind<?, ?, ?> kind,
            @PathVariable long planId,
            @Parameter(hidden = true) @PathVariable Map<String, String> variables,
            @Validated(Update.class) @RequestBody PartRequest<?> request) {
        long partId = PartRouted.partId(kind, variables);
        change(kind, planId, partId, request);
        return queries.part(kind, planId, partId);
    }

    @PartMapping(method = RequestMethod.DELETE, path = "/{id}")
    @Operation(summary = "Delete {a part} of a draft plan; 409 when the version is stale")
    ResponseEntity<Void> delete(
            @Parameter(hidden = true) PartKind<?, ?, ?> kind,
            @PathVariable long planId,
            @Parameter(hidden = true) @PathVariable Map<String, String> variables,
            @RequestParam long version) {
        editing.delete(kind, planId, PartRouted.partId(kind, variables), version);
        return ResponseEntity.noContent().build();
    }

    /** Saves a new part; one that contributes to the parent plan (a task, a result) is saved with that link. */
    private <D> long add(PartKind<?, D, ?> kind, long planId, PartRequest<?> request) {
        D details = detailsOf(kind, request);
        return request instanceof PlanChain.Contribution contribution
                ? chain.add(kind, planId, details, contribution.contributesToResultId())
                : editing.add(kind, planId, details);
    }

    /** Saves a changed part, with what it contributes to when it does. */
    private <D> void change(PartKind<?, D, ?> kind, long planId, long partId, PartRequest<?> request) {
        D details = detailsOf(kind, request);
        if (request instanceof PlanChain.Contribution contribution) {
            chain.update(kind, planId, partId, request.version(), details, contribution.contributesToResultId());
        } else {
            editing.update(kind, planId, partId, request.version(), details);
        }
    }

    @SuppressWarnings("unchecked")
    private static <D> D detailsOf(PartKind<?, D, ?> kind, PartRequest<?> request) {
        return (D) request.toDetails();
    }
}
