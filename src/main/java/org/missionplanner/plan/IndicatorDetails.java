package org.missionplanner.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** How progress toward a result is measured: from a baseline to a target, each with its date. */
@NamedInterface("seeding")
public record IndicatorDetails(
        long resultId,
        String definition,
        String unit,
        BigDecimal baselineValue,
        LocalDate baselineOn,
        BigDecimal targetValue,
        LocalDate targetOn,
        String dataSource,
        IndicatorFrequency frequency) {}
