package org.missionplanner.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.OutlineBuilder;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanStatus;
import org.missionplanner.plan.ShownVersion;
import org.missionplanner.plan.TimeHorizon;
import org.missionplanner.shared.NotFoundException;

/** A version's snapshot reads back as the outline it was written from, and older snapshots read too. */
class PlanSnapshotReadingTests {

    private final PlanSnapshots snapshots = new PlanSnapshots();

    @Test
    void anOutlineReadsBackAsItWasWritten() {
        var builder = new OutlineBuilder(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
        builder.objective(
                "Security sector reform",
                Dimension.SECURITY,
                List.of(OutlineBuilder.task(
                        1,
                        "Train the national police",
                        OutlineBuilder.POLICE,
                        List.of(OutlineBuilder.UNDP),
                        FundingSource.ASSESSED,
                        "1250000.50",
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 12, 31),
                        TimeHorizon.IMMEDIATE)),
                List.of(OutlineBuilder.benchmark(5, "Elections held", LocalDate.of(2027, 10, 1), true)));
        builder.unlinked(OutlineBuilder.task(
                2, "Unlinked", OutlineBuilder.SRSG, List.of(), null, null, null, null, TimeHorizon.IMMEDIATE));
        PlanOutline outline = builder.build();

        PlanOutline read = snapshots.outline(snapshots.write(outline));

        assertThat(read).isEqualTo(outline);
        assertThat(read.allTasks()).extracting(t -> t.title()).containsExactly("Train the national police", "Unlinked");
    }

    @Test
    void anOlderSnapshotWithoutNewerFieldsReadsWithEmptyListsAndUnknownFieldsAreSkipped() {
        String old = """
                {"plan": {"id": 7, "missionId": 3, "missionAcronym": "UNMIL", "kind": "INTEGRATED_STRATEGIC_FRAMEWORK",
                          "title": "ISF", "periodStart": "2026-01-01", "periodEnd": "2027-12-31", "status": "IN_REVIEW",
                          "retiredField": "ignored"},
                 "objectives": [{"objective": {"id": 11, "position": 1, "title": "Rule of law", "dimension": "RULE_OF_LAW"},
                                 "results": [{"result": {"id": 21, "objectiveId": 11, "position": 1, "title": "Courts work"},
                                              "tasks": [{"id": 31, "objectiveId": 11, "resultId": 21, "position": 1,
                                                         "title": "Train judges", "status": "ON_TRACK"}]}]}]}""";

        PlanOutline read = snapshots.outline(old);

        assertThat(read.plan().title()).isEqualTo("ISF");
        assertThat(read.plan().version()).isZero();
        assertThat(read.risks()).isEmpty();
        assertThat(read.benchmarks()).isEmpty();
        assertThat(read.unlinkedTasks()).isEmpty();
        var objective = read.objectives().get(0);
        assertThat(objective.benchmarks()).isEmpty();
        assertThat(objective.tasks()).isEmpty();
        assertThat(objective.results().get(0).indicators()).isEmpty();
        assertThat(read.allTasks()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Train judges");
            assertThat(t.supporters()).isEmpty();
            assertThat(t.lead()).isNull();
        });
        // what the views compute from the outline works on it
        assertThat(read.allIndicators()).isEmpty();
        assertThat(read.allResults())
                .singleElement()
                .satisfies(r -> assertThat(r.title()).isEqualTo("Courts work"));
    }

    @Test
    void aVersionReadBackNeverLooksLikeADraft() {
        assertThat(PlanVersionReader.statusOf(VersionStatus.APPROVED)).isEqualTo(PlanStatus.APPROVED);
        assertThat(PlanVersionReader.statusOf(VersionStatus.SUPERSEDED)).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(PlanVersionReader.statusOf(VersionStatus.RETURNED)).isEqualTo(PlanStatus.IN_REVIEW);
        assertThat(PlanVersionReader.statusOf(VersionStatus.SUBMITTED)).isEqualTo(PlanStatus.IN_REVIEW);
    }

    @Test
    void theVersionParameterNamesTheDraftTheVersionInForceOrANumber() {
        assertThat(ShownVersion.parse(null).draft()).isTrue();
        assertThat(ShownVersion.parse("draft").draft()).isTrue();
        assertThat(ShownVersion.parse("approved").approved()).isTrue();
        assertThat(ShownVersion.parse("3")).isEqualTo(ShownVersion.number(3));
        assertThat(ShownVersion.parse("3").query()).isEqualTo("?version=3");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShownVersion.parse("0"))
                .isInstanceOf(NotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ShownVersion.parse("latest"))
                .isInstanceOf(NotFoundException.class);
    }
}
