package org.missionplanner.cmcoord;

/** A request is submitted, then decided once; a decided request is read-only. */
public enum CmcoordStatus {
    SUBMITTED,
    DECIDED
}
