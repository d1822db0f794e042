package org.missionplanner.cmcoord;

/** What was decided on a request. */
public enum CmcoordDecision {
    APPROVED,
    APPROVED_WITH_CONDITIONS,
    REFUSED;

    public boolean approval() {
        return this != REFUSED;
    }
}
