package org.missionplanner.admin.web;

import jakarta.validation.constraints.NotNull;
import org.missionplanner.admin.MembershipRole;

/** Gives a user a role on a mission: from the user's page (missionId) or the mission's (username). */
record MembershipForm(
        Long missionId, String username, @NotNull MembershipRole role) {}
