package org.missionplanner.history;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Recorded values that read differently in each language: enum constants and yes/no. A snapshot
 * keeps them as codes such as {@code ⟦PlanStatus.IN_REVIEW⟧}, so that two versions compare alike
 * whatever the reader's language; the wording turns each code into the label the pages use.
 */
final class HistoryValues {

    private static final Pattern CODE = Pattern.compile("⟦(\\w+)\\.(\\w+)⟧");

    /** Where the pages keep the labels of each enum, by its simple name. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("Flag", "history.flag."),
            Map.entry("Arrangement", "partners.arrangement."),
            Map.entry("Dilemma", "plan.dilemma."),
            Map.entry("Dimension", "plan.dimension."),
            Map.entry("Sector", "partners.sector."),
            Map.entry("ExternalEntity", "structure.external."),
            Map.entry("FundingSource", "plan.funding."),
            Map.entry("IndicatorFrequency", "plan.frequency."),
            Map.entry("MandateCategory", "mandate.category."),
            Map.entry("TaskModality", "mandate.modality."),
            Map.entry("MissionPhase", "mission.phase."),
            Map.entry("NationalActorKind", "national.kind."),
            Map.entry("MissionType", "mission.type."),
            Map.entry("OchaPosition", "mission.ocha."),
            Map.entry("OrganisationKind", "organisation.kind."),
            Map.entry("PlanKind", "plan.kind."),
            Map.entry("PlanStatus", "plan.status."),
            Map.entry("RiskLevel", "plan.level."),
            Map.entry("TaskStatus", "plan.taskStatus."),
            Map.entry("TimeHorizon", "plan.horizon."),
            Map.entry("UnitCategory", "structure.category."),
            Map.entry("UnitType", "structure.type."));

    private HistoryValues() {}

    static String code(Enum<?> constant) {
        return "⟦" + constant.getDeclaringClass().getSimpleName() + "." + constant.name() + "⟧";
    }

    static String code(boolean flag) {
        return flag ? "⟦Flag.YES⟧" : "⟦Flag.NO⟧";
    }

    /** The value with each code replaced by its label in the reader's language. */
    static String read(String value, MessageSource messages, Locale locale) {
        if (value == null || value.indexOf('⟦') < 0) {
            return value;
        }
        Matcher code = CODE.matcher(value);
        StringBuilder text = new StringBuilder();
        while (code.find()) {
            String type = code.group(1);
            String name = code.group(2);
            String prefix = LABELS.getOrDefault(type, "history.enum." + type + ".");
            String label = messages.getMessage(prefix + name, null, words(name), locale);
            code.appendReplacement(text, Matcher.quoteReplacement(label));
        }
        code.appendTail(text);
        return text.toString();
    }

    /** IN_REVIEW as "In review": the label of a constant no page names. */
    private static String words(String name) {
        String text = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
