package org.missionplanner.planview.export;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the reader's language writes them: 1,350,000 in English, 1 350 000 in French. */
public final class PrintFormat {

    private final NumberFormat numbers;

    PrintFormat(Locale locale) {
        this.numbers = NumberFormat.getNumberInstance(locale);
        this.numbers.setMaximumFractionDigits(2);
    }

    /** The number with grouping and at most two decimals, or a dash for none. */
    public String number(BigDecimal value) {
        return value == null ? "–" : numbers.format(value);
    }
}
