package org.missionplanner.admin;

/** One membership with the names a page shows. */
public record MembershipView(
        long membershipId,
        long userId,
        String username,
        String displayName,
        long missionId,
        String missionAcronym,
        String missionName,
        MembershipRole role,
        boolean humanitarianCoordination) {}
