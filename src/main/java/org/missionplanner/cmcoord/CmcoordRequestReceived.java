package org.missionplanner.cmcoord;

/**
 * A humanitarian partner's request was entered and awaits a decision; published in the transaction
 * that saved it, so that the mission's members who may decide are told after it commits.
 */
public record CmcoordRequestReceived(long missionId, long requestId, String asset, String location, String actor) {}
