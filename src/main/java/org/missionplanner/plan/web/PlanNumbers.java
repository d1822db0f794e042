package org.missionplanner.plan.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formats measured values for the pages as {@code @planNumbers}: grouped, with only the decimals they have. */
@Component("planNumbers")
class PlanNumbers {

    public String format(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }
}
