package org.missionplanner.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyNames;

/**
 * How one kind of part is read for the views and the API: its view record, and what that view
 * needs besides the part. {@link PlanPartQueries} reads any kind through it, loading only what the
 * kind's view needs: the plan and the names of the parties its parts name, or the latest measured
 * values.
 *
 * @param <E> the entity
 * @param <V> its view
 */
final class PartViewer<E extends PlanPart, V> {

    /** What a view is made of besides its part; what the kind does not need is null. */
    record Context(Plan plan, PartyNames names, Function<Long, IndicatorReadings.Reading> latest, LocalDate today) {}

    private final Class<V> type;
    private final BiFunction<E, Context, V> view;
    private final Function<E, List<Party>> named;
    private final boolean measured;

    private PartViewer(
            Class<V> type, BiFunction<E, Context, V> view, Function<E, List<Party>> named, boolean measured) {
        this.type = type;
        this.view = view;
        this.named = named;
        this.measured = measured;
    }

    /** A view of the part alone. */
    static <E extends PlanPart, V> PartViewer<E, V> of(Class<V> type, Function<E, V> view) {
        return new PartViewer<>(type, (part, context) -> view.apply(part), null, false);
    }

    /** A view that names the parties the part names (nulls among them are left out), within its plan. */
    static <E extends PlanPart, V> PartViewer<E, V> naming(
            Class<V> type, Function<E, List<Party>> named, BiFunction<E, Context, V> view) {
        return new PartViewer<>(type, view, named, false);
    }

    /** A view with the part's latest measured value, judged as of today. */
    static <E extends PlanPart, V> PartViewer<E, V> measured(Class<V> type, BiFunction<E, Context, V> view) {
        return new PartViewer<>(type, view, null, true);
    }

    Class<V> type() {
        return type;
    }

    V view(E part, Context context) {
        return view.apply(part, context);
    }

    /** Whether the view names parties: then the plan is read first, and the parties' names with the parts. */
    boolean namesParties() {
        return named != null;
    }

    List<Party> named(E part) {
        return named.apply(part);
    }

    /** Whether the view shows the latest measured value. */
    boolean measured() {
        return measured;
    }
}
