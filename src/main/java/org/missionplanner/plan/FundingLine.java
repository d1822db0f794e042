package org.missionplanner.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.modulith.NamedInterface;

/**
 * How much of a task's cost one source is asked for (required), has promised (pledged) and has paid
 * (disbursed), in the task's currency. Amounts not given count as zero; amounts are kept in cents.
 */
@NamedInterface("read-model")
public record FundingLine(FundingSource source, BigDecimal required, BigDecimal pledged, BigDecimal disbursed) {

    public FundingLine {
        required = orZero(required);
        pledged = orZero(pledged);
        disbursed = orZero(disbursed);
    }

    /** What is still to find: required but not pledged (never below zero). */
    public BigDecimal gap() {
        return required.subtract(pledged).max(BigDecimal.ZERO.setScale(2));
    }

    /** Cents, so that 1000 and 1000.00 are the same amount. */
    private static BigDecimal orZero(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
    }
}
