package org.missionplanner.partner;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A period of a partnership as stored. A class rather than a record: the history (Hibernate
 * Envers) instantiates collection elements through a no-argument constructor.
 */
@Embeddable
class PartnershipPeriod {

    @Enumerated(EnumType.STRING)
    private Arrangement arrangement;

    private LocalDate startDate;
    private LocalDate endDate;

    protected PartnershipPeriod() {}

    PartnershipPeriod(ArrangementPeriod period) {
        this.arrangement = period.arrangement();
        this.startDate = period.from();
        this.endDate = period.to();
    }

    ArrangementPeriod period() {
        return new ArrangementPeriod(arrangement, startDate, endDate);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnershipPeriod that && period().equals(that.period());
    }

    @Override
    public int hashCode() {
        return Objects.hash(arrangement, startDate, endDate);
    }
}
