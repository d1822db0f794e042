package org.missionplanner.portfolio;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

/** The columns the portfolio sorts by, each with its name in the address ({@code ?sort=mandateExpiry}). */
public enum PortfolioSort {
    MISSION("mission", r -> r.acronym().toLowerCase()),
    TYPE("type", r -> r.type() == null ? null : r.type().ordinal()),
    PHASE("phase", r -> r.phase() == null ? null : r.phase().ordinal()),
    REGION("region", r -> r.region() == null ? null : r.region().ordinal()),
    MODEL(
            "model",
            r -> r.integrationModel() == null ? null : r.integrationModel().ordinal()),
    MANDATE_EXPIRY("mandateExpiry", PortfolioRow::mandateExpiresOn),
    AWAITING("awaiting", r -> r.plansAwaitingDecision()),
    WAITING("waiting", PortfolioRow::oldestAwaitingDays),
    PLAN_AGE("planAge", PortfolioRow::planInForceAgeDays),
    OFF_TRACK("offTrack", PortfolioRow::indicatorsOffTrack),
    NO_LEAD("noLead", PortfolioRow::tasksWithoutLead),
    UNFUNDED("unfunded", PortfolioRow::unfundedPercent),
    FUNDING_GAP("fundingGap", r -> r.fundingGapTotal().signum() == 0 ? null : r.fundingGapTotal()),
    PARTNERSHIPS("partnerships", PortfolioRow::partnershipsWithUnmetPrinciple),
    CHECKS("checks", r -> r.failingChecks()),
    OVERDUE("overdue", PortfolioRow::overdueActions);

    private final String param;
    private final Function<PortfolioRow, ? extends Comparable<?>> key;

    PortfolioSort(String param, Function<PortfolioRow, ? extends Comparable<?>> key) {
        this.param = param;
        this.key = key;
    }

    public String param() {
        return param;
    }

    public static Optional<PortfolioSort> of(String param) {
        return Arrays.stream(values()).filter(s -> s.param.equals(param)).findFirst();
    }

    /** Rows in this column's order (descending when asked), unknown values last either way, then by mission. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparator<PortfolioRow> comparator(boolean descending) {
        Comparator<Comparable> natural = Comparator.naturalOrder();
        Comparator<Comparable> order = descending ? natural.reversed() : natural;
        Comparator<PortfolioRow> byColumn =
                Comparator.comparing(r -> (Comparable) key.apply(r), Comparator.nullsLast(order));
        return byColumn.thenComparing(r -> r.acronym().toLowerCase()).thenComparing(PortfolioRow::missionId);
    }
}
