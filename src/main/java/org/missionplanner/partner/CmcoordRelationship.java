package org.missionplanner.partner;

/**
 * A humanitarian organisation's relationship with the mission's military component, on the
 * UN-CMCoord spectrum. Declared from the least to the closest: coexistence (minimal contact,
 * humanitarian space kept apart), coordination (information sharing and de-confliction),
 * cooperation (joint planning, use of military assets as a last resort).
 */
public enum CmcoordRelationship {
    COEXISTENCE,
    COORDINATION,
    COOPERATION
}
