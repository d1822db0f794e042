package org.missionplanner.structure;

/** Entities outside the mission that a unit may have a secondary reporting line to. */
public enum ExternalEntity {
    /** UN development coordination office: the RC role reports there. */
    DOCO,
    /** Emergency Relief Coordinator: the HC role reports there. */
    ERC,
    OCHA,
    DPO,
    DPPA,
    AGENCY_HQ
}
