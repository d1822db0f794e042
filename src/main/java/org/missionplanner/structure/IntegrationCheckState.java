package org.missionplanner.structure;

/**
 * The outcome of an advisory integration check: checks warn, they never block a change. A check
 * whose subject does not exist (no JMAC, no military component, no structure recorded at all) is
 * {@link #NOT_APPLICABLE}, never a pass.
 */
public enum IntegrationCheckState {
    PASS,
    WARNING,
    NOT_APPLICABLE;

    /** The Bootstrap badge colour: green, amber or grey. */
    public String badgeClass() {
        return switch (this) {
            case PASS -> "text-bg-success";
            case WARNING -> "text-bg-warning";
            case NOT_APPLICABLE -> "text-bg-secondary";
        };
    }
}
