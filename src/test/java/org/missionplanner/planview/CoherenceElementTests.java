package org.missionplanner.planview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.TaskStatus;
import org.missionplanner.plan.TaskView;
import org.missionplanner.plan.TimeHorizon;

/** The four elements of coherence measured from hand-built tasks: pure computation. */
class CoherenceElementTests {

    static final NamedParty DDR = CoherenceReportTests.DDR;
    static final NamedParty POLICE = CoherenceReportTests.POLICE;
    static final NamedParty UNDP = CoherenceReportTests.UNDP;

    static TaskView task(long id, NamedParty lead, String counterpart, NamedParty... supporters) {
        TaskView t = CoherenceReportTests.task(
                id,
                10L,
                null,
                lead,
                counterpart,
                FundingSource.ASSESSED,
                null,
                null,
                TimeHorizon.IMMEDIATE,
                TaskStatus.NOT_STARTED,
                MandateCategory.DDR);
        return new TaskView(
                t.id(),
                t.objectiveId(),
                t.resultId(),
                t.position(),
                t.title(),
                t.description(),
                t.mandateCategory(),
                t.lead(),
                List.of(supporters),
                t.nationalCounterpart(),
                t.fundingSource(),
                t.amount(),
                t.currency(),
                t.startOn(),
                t.endOn(),
                t.horizon(),
                t.status(),
                t.outsidePeriod(),
                t.version(),
                t.funding());
    }

    @Test
    void eachElementCountsWhatTheDataCanMeasure() {
        List<TaskView> tasks = List.of(
                task(1, DDR, "National Commission on DDRR", POLICE), // joint within the mission
                task(2, DDR, null, UNDP), // shared with an agency
                task(3, UNDP, "Ministry of Justice", POLICE), // shared, led by the agency
                task(4, POLICE, null), // the mission alone
                task(5, null, null)); // nobody
        var elements = CoherenceElement.of(tasks);
        assertThat(elements)
                .extracting(CoherenceElement::code)
                .containsExactly(
                        CoherenceElement.Code.AGENCY,
                        CoherenceElement.Code.WHOLE_OF_GOVERNMENT,
                        CoherenceElement.Code.INTER_AGENCY,
                        CoherenceElement.Code.INTERNAL_EXTERNAL);
        var agency = elements.get(0);
        assertThat(agency.share().count()).isEqualTo(1);
        assertThat(agency.share().total()).as("tasks led by a mission unit").isEqualTo(3);
        assertThat(elements.get(1).measured()).isFalse();
        var interAgency = elements.get(2);
        assertThat(interAgency.share().count()).isEqualTo(2);
        assertThat(interAgency.share().total()).isEqualTo(5);
        assertThat(interAgency.actors()).as("UNDP once").isEqualTo(1);
        var ownership = elements.get(3);
        assertThat(ownership.share().count()).isEqualTo(2);

        var shared = new TaskFilter(TaskFilter.Kind.SHARED, null, null, null, null, null);
        assertThat(tasks.stream().filter(t -> shared.matches(t, null)).map(TaskView::id))
                .containsExactly(2L, 3L);
        var joint = new TaskFilter(TaskFilter.Kind.parse("missionJoint"), null, null, null, null, null);
        assertThat(tasks.stream().filter(t -> joint.matches(t, null)).map(TaskView::id))
                .containsExactly(1L);
    }
}
