package org.missionplanner.cmcoord;

/** How a request meets one of the six principles. */
public enum CmcoordAssessment {
    MET,
    NOT_MET,
    NOT_ASSESSED
}
