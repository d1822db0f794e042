package org.missionplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.envers.Audited;

/** How progress toward a result is measured: a definition, a baseline and a target, each dated. */
@Entity
@Audited
@DynamicUpdate
@Table(name = "plan_indicator")
class Indicator extends PlanPart {

    private long resultId;
    private String definition;
    private String unit;
    private BigDecimal baselineValue;
    private LocalDate baselineOn;
    private BigDecimal targetValue;
    private LocalDate targetOn;
    private String dataSource;

    @Enumerated(EnumType.STRING)
    private IndicatorFrequency frequency;

    protected Indicator() {}

    Indicator(long planId, int position, IndicatorDetails details) {
        super(planId, position);
        describe(details);
    }

    void describe(IndicatorDetails details) {
        this.resultId = details.resultId();
        this.definition = details.definition().trim();
        this.unit = Texts.clean(details.unit());
        this.baselineValue = details.baselineValue();
        this.baselineOn = details.baselineOn();
        this.targetValue = details.targetValue();
        this.targetOn = details.targetOn();
        this.dataSource = Texts.clean(details.dataSource());
        this.frequency = details.frequency() == null ? IndicatorFrequency.QUARTERLY : details.frequency();
    }

    public long getResultId() {
        return resultId;
    }

    public String getDefinition() {
        return definition;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public LocalDate getBaselineOn() {
        return baselineOn;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public LocalDate getTargetOn() {
        return targetOn;
    }

    public String getDataSource() {
        return dataSource;
    }

    public IndicatorFrequency getFrequency() {
        return frequency;
    }
}
