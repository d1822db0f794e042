package org.missionplanner.partner;

import java.util.Comparator;
import java.util.List;
import org.missionplanner.shared.BusinessRuleException;

/** The rules of a partnership's periods: each complete, none overlapping another. */
final class ArrangementPeriods {

    private ArrangementPeriods() {}

    /**
     * The periods from the earliest, or a field error on the first incomplete or overlapping one,
     * named by its position as given ({@code periods[i].from}).
     */
    static List<ArrangementPeriod> checked(List<ArrangementPeriod> given) {
        if (given.isEmpty()) {
            throw new BusinessRuleException("partners.partnership.startDate.required", "startDate");
        }
        for (int i = 0; i < given.size(); i++) {
            ArrangementPeriod period = given.get(i);
            if (period == null || period.arrangement() == null) {
                throw new BusinessRuleException("partners.period.arrangement.required", field(i, "arrangement"));
            }
            if (period.from() == null) {
                throw new BusinessRuleException("partners.partnership.startDate.required", field(i, "from"));
            }
            if (period.to() != null && period.to().isBefore(period.from())) {
                throw new BusinessRuleException("validation.dateRange", field(i, "to"));
            }
            for (int j = 0; j < i; j++) {
                if (period.overlaps(given.get(j))) {
                    throw new BusinessRuleException("partners.period.overlap", field(i, "from"));
                }
            }
        }
        return given.stream()
                .sorted(Comparator.comparing(ArrangementPeriod::from))
                .toList();
    }

    private static String field(int index, String name) {
        return "periods[" + index + "]." + name;
    }
}
