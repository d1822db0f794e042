package org.missionplanner.plan.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.missionplanner.plan.IndicatorDetails;
import org.missionplanner.plan.IndicatorFrequency;

/** An indicator under one of the plan's results: from a baseline to a target, each with its date. */
@Consistent
record IndicatorRequest(
        @NotNull Long resultId,
        @NotBlank @Size(max = 1000) String definition,
        @Size(max = 60) String unit,
        @Digits(integer = 14, fraction = 4) BigDecimal baselineValue,
        LocalDate baselineOn,
        @Digits(integer = 14, fraction = 4) BigDecimal targetValue,
        LocalDate targetOn,
        @Size(max = 500) String dataSource,
        IndicatorFrequency frequency,
        @NotNull(groups = Update.class) Long version)
        implements PartRequest<IndicatorDetails>, Consistent.Checked {

    @Override
    public IndicatorDetails toDetails() {
        return new IndicatorDetails(
                resultId, definition, unit, baselineValue, baselineOn, targetValue, targetOn, dataSource, frequency);
    }

    @Override
    public Map<String, String> disagreements() {
        return baselineOn != null && targetOn != null && targetOn.isBefore(baselineOn)
                ? Map.of("targetOn", "plan.indicator.targetBeforeBaseline")
                : Map.of();
    }
}
