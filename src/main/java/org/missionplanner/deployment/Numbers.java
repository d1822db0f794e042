package org.missionplanner.deployment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The data's figures are yearly averages with a decimal; people are counted whole. */
final class Numbers {

    private Numbers() {}

    static int whole(BigDecimal value) {
        return value.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
