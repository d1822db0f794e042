package org.missionplanner.plan;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outlines of plans as last read, each kept under the plan's revision at the time (table
 * {@code plan_revision}, which database triggers raise with every change to what an outline shows,
 * in the writer's transaction) and the day it was read for (an indicator's status depends on the
 * date). Every view of a plan reads its outline whole, so a plan of 1,000 tasks is read from the
 * database once per change instead of once per page. The revision is read before the data: an
 * outline is kept under a revision at least as old as what it shows, never newer, so a change
 * committed by any instance is seen by the next request. Bounded by the number of elements kept
 * ({@code app.plan.outline-cache.max-elements}; 0 turns the cache off). The outlines are
 * unmodifiable, so requests share them.
 */
@Component
class PlanOutlineCache {

    private record Key(long planId, long revision, LocalDate day) {}

    private final JdbcClient jdbc;
    private final Cache<Key, PlanOutline> outlines;

    PlanOutlineCache(JdbcClient jdbc, @Value("${app.plan.outline-cache.max-elements:20000}") long maxElements) {
        this.jdbc = jdbc;
        this.outlines = maxElements <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumWeight(maxElements)
                        .weigher((Key key, PlanOutline outline) -> weightOf(outline))
                        .build();
    }

    /**
     * The plan's outline at its current revision: kept, or read and kept. Only a read-only
     * transaction uses the cache: one that writes may see a revision of its own that a rollback
     * would give to another change.
     */
    PlanOutline outline(long planId, LocalDate day, Supplier<PlanOutline> read) {
        boolean cacheable = outlines != null && TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        Optional<Long> revision = cacheable ? revisionOf(planId) : Optional.empty();
        if (revision.isEmpty()) {
            return read.get();
        }
        return outlines.get(new Key(planId, revision.get(), day), key -> read.get());
    }

    private Optional<Long> revisionOf(long planId) {
        return jdbc.sql("select revision from plan_revision where plan_id = ?")
                .param(planId)
                .query(Long.class)
                .optional();
    }

    private static int weightOf(PlanOutline outline) {
        return 1
                + outline.objectives().size()
                + outline.allResults().size()
                + outline.allIndicators().size()
                + outline.allTasks().size()
                + outline.risks().size();
    }
}
