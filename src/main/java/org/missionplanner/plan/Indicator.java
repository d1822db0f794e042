package org.missionplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** How progress toward a result is measured: a definition, a baseline and a target, each dated. */
@Entity
@Audited
@Table(name = "plan_indicator")
public class Indicator implements Positioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private long resultId;
    private int position;
    private String definition;
    private String unit;
    private BigDecimal baselineValue;
    private LocalDate baselineOn;
    private BigDecimal targetValue;
    private LocalDate targetOn;
    private String dataSource;

    @Enumerated(EnumType.STRING)
    private IndicatorFrequency frequency;

    @Version
    private long version;

    protected Indicator() {}

    Indicator(long planId, int position, IndicatorDetails details) {
        this.planId = planId;
        this.position = position;
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

    @Override
    public void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getResultId() {
        return resultId;
    }

    @Override
    public int getPosition() {
        return position;
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

    @Override
    public long getVersion() {
        return version;
    }
}
