package org.missionplanner.plan.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.missionplanner.plan.BenchmarkDetails;
import org.missionplanner.plan.BenchmarkView;
import org.missionplanner.plan.PartKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A benchmark; without an objective it belongs to the plan as a whole. Unchecked boxes arrive as null. */
record BenchmarkForm(
        Long objectiveId,
        @Size(max = 1000, message = "{plan.form.tooLong}") String description,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
        Boolean transition,
        Boolean achieved,
        Long version)
        implements PartForm<BenchmarkDetails> {

    /** How the outline editor shows benchmarks: the form's registration, which {@link PartController} serves. */
    static final PartForms<BenchmarkForm, BenchmarkDetails, BenchmarkView> FORMS = new PartForms<>(
            PartKind.BENCHMARK,
            PartPage.OUTLINE,
            Set.of(FormChoice.OBJECTIVES),
            "plan",
            "outline",
            link -> BenchmarkForm.empty(link.objectiveId()),
            (benchmark, contribution) -> BenchmarkForm.from(benchmark));

    static BenchmarkForm empty(Long objectiveId) {
        return new BenchmarkForm(objectiveId, "", null, false, false, null);
    }

    static BenchmarkForm from(BenchmarkView benchmark) {
        return new BenchmarkForm(
                benchmark.objectiveId(),
                benchmark.description(),
                benchmark.dueOn(),
                benchmark.transition(),
                benchmark.achieved(),
                benchmark.version());
    }

    @Override
    public BenchmarkDetails toDetails() {
        return new BenchmarkDetails(
                objectiveId, description, dueOn, Boolean.TRUE.equals(transition), Boolean.TRUE.equals(achieved));
    }

    @Override
    public String parent() {
        return objectiveId == null ? null : objectiveId.toString();
    }
}
