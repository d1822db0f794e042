package org.missionplanner.planview;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.actor.Party;
import org.missionplanner.plan.Share;
import org.missionplanner.plan.TaskView;

/**
 * One of the four elements of coherence that Cedric de Coning distinguishes (DOMAIN.md): within
 * one agency (here the mission's own components), within a government (whole of government),
 * among the international actors (inter-agency), and between the international and the national
 * actors (internal/external). {@code share} is what the plan's data measures of it, null when the
 * data cannot; {@code filter} names the tasks behind the figure; {@code actors} counts the
 * organisations taking part, where it matters.
 */
public record CoherenceElement(Code code, Share share, long actors, String filter) {

    public enum Code {
        AGENCY,
        WHOLE_OF_GOVERNMENT,
        INTER_AGENCY,
        INTERNAL_EXTERNAL
    }

    public boolean measured() {
        return share != null;
    }

    /** The four elements, in de Coning's order, measured from the plan's tasks. */
    static List<CoherenceElement> of(List<TaskView> tasks) {
        long ledByMission =
                tasks.stream().filter(CoherenceElement::ledByMission).count();
        long organisations = tasks.stream()
                .flatMap(CoherenceElement::parties)
                .filter(p -> p.kind() == Party.Kind.ORGANISATION)
                .map(NamedParty::id)
                .distinct()
                .count();
        List<CoherenceElement> elements = new ArrayList<>();
        elements.add(new CoherenceElement(
                Code.AGENCY,
                new Share(
                        tasks.stream()
                                .filter(CoherenceElement::jointWithinMission)
                                .count(),
                        ledByMission),
                0,
                TaskFilter.Kind.MISSION_JOINT.parameter()));
        elements.add(new CoherenceElement(Code.WHOLE_OF_GOVERNMENT, null, 0, null));
        elements.add(new CoherenceElement(
                Code.INTER_AGENCY,
                new Share(tasks.stream().filter(CoherenceElement::shared).count(), tasks.size()),
                organisations,
                TaskFilter.Kind.SHARED.parameter()));
        elements.add(new CoherenceElement(
                Code.INTERNAL_EXTERNAL,
                new Share(
                        tasks.stream().filter(TaskView::hasNationalCounterpart).count(), tasks.size()),
                0,
                TaskFilter.Kind.COUNTERPART.parameter()));
        return elements;
    }

    /** Led by one of the mission's units and supported by another of them. */
    static boolean jointWithinMission(TaskView task) {
        return ledByMission(task)
                && task.supporters().stream()
                        .anyMatch(s -> s.kind() == Party.Kind.UNIT
                                && s.id() != task.lead().id());
    }

    /** A mission unit and an organisation (Country Team agency or other partner) work on it together. */
    static boolean shared(TaskView task) {
        return parties(task).anyMatch(p -> p.kind() == Party.Kind.UNIT)
                && parties(task).anyMatch(p -> p.kind() == Party.Kind.ORGANISATION);
    }

    private static boolean ledByMission(TaskView task) {
        return task.lead() != null && task.lead().kind() == Party.Kind.UNIT;
    }

    private static Stream<NamedParty> parties(TaskView task) {
        return Stream.concat(Stream.of(task.lead()), task.supporters().stream()).filter(Objects::nonNull);
    }
}
