package org.missionplanner.plan;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One source's line of a task's funding as stored. A class rather than a record: the history
 * (Hibernate Envers) instantiates collection elements through a no-argument constructor.
 */
@Embeddable
class TaskFunding {

    @Enumerated(EnumType.STRING)
    private FundingSource source;

    private BigDecimal required;
    private BigDecimal pledged;
    private BigDecimal disbursed;

    protected TaskFunding() {}

    TaskFunding(FundingLine line) {
        this.source = line.source();
        this.required = line.required();
        this.pledged = line.pledged();
        this.disbursed = line.disbursed();
    }

    FundingLine line() {
        return new FundingLine(source, required, pledged, disbursed);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaskFunding that && line().equals(that.line());
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, required, pledged, disbursed);
    }
}
