package org.missionplanner.plan.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.missionplanner.plan.IndicatorDetails;
import org.missionplanner.plan.IndicatorFrequency;
import org.missionplanner.plan.IndicatorView;
import org.missionplanner.plan.PartKind;
import org.springframework.format.annotation.DateTimeFormat;

/** An indicator of one of the plan's results. */
record IndicatorForm(
        Long resultId,
        @Size(max = 1000, message = "{plan.form.tooLong}") String definition,
        @Size(max = 60, message = "{plan.form.tooLong}") String unit,

        @Digits(integer = 14, fraction = 4, message = "{plan.indicator.value.digits}")
        BigDecimal baselineValue,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate baselineOn,

        @Digits(integer = 14, fraction = 4, message = "{plan.indicator.value.digits}")
        BigDecimal targetValue,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate targetOn,
        @Size(max = 500, message = "{plan.form.tooLong}") String dataSource,
        IndicatorFrequency frequency,
        Long version)
        implements PartForm<IndicatorDetails> {

    /** How the outline editor shows indicators: the form's registration, which {@link PartController} serves. */
    static final PartForms<IndicatorForm, IndicatorDetails, IndicatorView> FORMS = new PartForms<>(
            PartKind.INDICATOR,
            PartPage.OUTLINE,
            Set.of(FormChoice.OBJECTIVES),
            "none",
            "outline",
            link -> IndicatorForm.empty(link.resultId()),
            (indicator, contribution) -> IndicatorForm.from(indicator));

    static IndicatorForm empty(Long resultId) {
        return new IndicatorForm(resultId, "", "", null, null, null, null, "", IndicatorFrequency.QUARTERLY, null);
    }

    static IndicatorForm from(IndicatorView indicator) {
        return new IndicatorForm(
                indicator.resultId(),
                indicator.definition(),
                indicator.unit(),
                indicator.baselineValue(),
                indicator.baselineOn(),
                indicator.targetValue(),
                indicator.targetOn(),
                indicator.dataSource(),
                indicator.frequency(),
                indicator.version());
    }

    @Override
    public IndicatorDetails toDetails() {
        return new IndicatorDetails(
                resultId == null ? -1 : resultId,
                definition,
                blankToNull(unit),
                baselineValue,
                baselineOn,
                targetValue,
                targetOn,
                blankToNull(dataSource),
                frequency == null ? IndicatorFrequency.QUARTERLY : frequency);
    }

    @Override
    public String parent() {
        return resultId == null ? null : resultId.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
