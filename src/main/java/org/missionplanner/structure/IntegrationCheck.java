package org.missionplanner.structure;

import java.util.List;

/**
 * The result of one advisory integration check: a stable code, pass, warning or not applicable, and a one-line
 * reason as a message key ({@code checks.<code>.<reason>}) with its arguments (unit names).
 */
public record IntegrationCheck(String code, IntegrationCheckState state, String reasonKey, List<String> reasonArgs) {

    public IntegrationCheck {
        reasonArgs = List.copyOf(reasonArgs);
    }

    static IntegrationCheck pass(String code, String reason, String... args) {
        return new IntegrationCheck(code, IntegrationCheckState.PASS, "checks." + code + "." + reason, List.of(args));
    }

    static IntegrationCheck warning(String code, String reason, String... args) {
        return new IntegrationCheck(
                code, IntegrationCheckState.WARNING, "checks." + code + "." + reason, List.of(args));
    }

    static IntegrationCheck notApplicable(String code, String reason) {
        return new IntegrationCheck(
                code, IntegrationCheckState.NOT_APPLICABLE, "checks." + code + "." + reason, List.of());
    }

    /** Every check of a mission whose structure is not recorded: nothing to judge. */
    static IntegrationCheck noStructure(String code) {
        return new IntegrationCheck(code, IntegrationCheckState.NOT_APPLICABLE, "checks.noStructure", List.of());
    }

    public boolean passed() {
        return state == IntegrationCheckState.PASS;
    }

    /** The arguments as an array, for {@code #messages.msgWithParams} in templates. */
    public Object[] reasonArgsArray() {
        return reasonArgs.toArray();
    }
}
