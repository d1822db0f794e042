package org.missionplanner.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How far an indicator has come from its baseline toward its target. It is off track when its
 * latest value lags the time elapsed between the baseline and target dates, on the day it was
 * measured, by more than {@value #TOLERANCE_PERCENT} percentage points, or when it was measured
 * after the target date without the target being reached.
 */
public final class IndicatorProgress {

    static final int TOLERANCE_PERCENT = 25;

    private IndicatorProgress() {}

    /** Progress in percent (0 to 100), or null when baseline, target or a measurement is missing. */
    public static Integer percent(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        if (baseline == null || target == null || latest == null || target.compareTo(baseline) == 0) {
            return null;
        }
        BigDecimal share = latest.subtract(baseline).divide(target.subtract(baseline), MathContext.DECIMAL64);
        int percent = share.multiply(BigDecimal.valueOf(100)).intValue();
        return Math.max(0, Math.min(100, percent));
    }

    /** Share of the time from baseline date to target date that has passed, in percent, or null. */
    public static Integer elapsedPercent(LocalDate baselineOn, LocalDate targetOn, LocalDate today) {
        if (baselineOn == null || targetOn == null || !targetOn.isAfter(baselineOn)) {
            return null;
        }
        long total = ChronoUnit.DAYS.between(baselineOn, targetOn);
        long gone = ChronoUnit.DAYS.between(baselineOn, today);
        return (int) Math.max(0, Math.min(100, gone * 100 / total));
    }

    /** Whether a value measured on the given day, at the given progress, lags the planned path. */
    public static boolean offTrack(Integer percent, Integer elapsedPercent, LocalDate targetOn, LocalDate measuredOn) {
        if (percent == null) {
            return false;
        }
        if (targetOn != null && targetOn.isBefore(measuredOn) && percent < 100) {
            return true;
        }
        return elapsedPercent != null && elapsedPercent - percent > TOLERANCE_PERCENT;
    }
}
