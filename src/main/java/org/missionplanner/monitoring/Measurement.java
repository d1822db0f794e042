package org.missionplanner.monitoring;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A value of an indicator measured on a day, as recorded by a user. Never changed once recorded. */
@Entity
@Table(name = "indicator_measurement")
class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private long indicatorId;
    private BigDecimal value;
    private LocalDate measuredOn;
    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected Measurement() {}

    Measurement(long planId, long indicatorId, MeasurementDetails details, String recordedBy, Instant recordedAt) {
        this.planId = planId;
        this.indicatorId = indicatorId;
        this.value = details.value();
        this.measuredOn = details.measuredOn();
        this.note = clean(details.note());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public long getIndicatorId() {
        return indicatorId;
    }

    public BigDecimal getValue() {
        return value;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
