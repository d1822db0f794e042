package org.missionplanner.admin.web;

import java.util.List;
import org.missionplanner.admin.MembershipAdministration;
import org.missionplanner.admin.MembershipRole;
import org.missionplanner.admin.MembershipView;
import org.missionplanner.shared.BusinessRuleException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A mission's memberships over JSON, for administrators: each member's role and whether they hold
 * the mission's humanitarian coordination role ({@code humanitarianCoordination}, deciding CMCoord
 * requests).
 */
@RestController
@RequestMapping("/api/v1/missions/{missionId}/members")
class MembershipApiController {

    private final MembershipAdministration memberships;

    MembershipApiController(MembershipAdministration memberships) {
        this.memberships = memberships;
    }

    record MemberResource(long userId, String username, MembershipRole role, boolean humanitarianCoordination) {

        static MemberResource of(MembershipView m) {
            return new MemberResource(m.userId(), m.username(), m.role(), m.humanitarianCoordination());
        }
    }

    /** The role to give (required) and the humanitarian coordination role (unchanged when absent). */
    record MemberRequest(MembershipRole role, Boolean humanitarianCoordination) {}

    @GetMapping
    List<MemberResource> members(@PathVariable long missionId) {
        return memberships.membersOf(missionId).stream().map(MemberResource::of).toList();
    }

    /** Gives the user the role on the mission (a membership is created if needed); 200 with the membership. */
    @PutMapping("/{userId}")
    MemberResource put(@PathVariable long missionId, @PathVariable long userId, @RequestBody MemberRequest request) {
        if (request == null || request.role() == null) {
            memberships.membersOf(missionId); // an administrator's request: the caller is checked first
            throw new BusinessRuleException("membership.role.required", "role");
        }
        memberships.grant(userId, missionId, request.role());
        if (request.humanitarianCoordination() != null) {
            memberships.setHumanitarianCoordination(userId, missionId, request.humanitarianCoordination());
        }
        return memberships.membersOf(missionId).stream()
                .filter(m -> m.userId() == userId)
                .findFirst()
                .map(MemberResource::of)
                .orElseThrow();
    }
}
