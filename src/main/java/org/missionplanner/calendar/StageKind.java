package org.missionplanner.calendar;

/** The stages of the integrated planning process, in their usual order. */
public enum StageKind {
    STRATEGIC_ASSESSMENT,
    PLANNING_DIRECTIVE,
    TECHNICAL_ASSESSMENT_MISSION,
    MISSION_CONCEPT,
    ISF,
    COMPONENT_PLANS,
    MID_TERM_REVIEW,
    END_OF_MANDATE_REVIEW,
    TRANSITION;

    /** The English name used in the API and the feed. */
    public String label() {
        return switch (this) {
            case STRATEGIC_ASSESSMENT -> "Strategic assessment";
            case PLANNING_DIRECTIVE -> "Planning directive";
            case TECHNICAL_ASSESSMENT_MISSION -> "Technical assessment mission";
            case MISSION_CONCEPT -> "Mission concept";
            case ISF -> "Integrated Strategic Framework";
            case COMPONENT_PLANS -> "Component plans";
            case MID_TERM_REVIEW -> "Mid-term review";
            case END_OF_MANDATE_REVIEW -> "End-of-mandate review";
            case TRANSITION -> "Transition";
        };
    }
}
