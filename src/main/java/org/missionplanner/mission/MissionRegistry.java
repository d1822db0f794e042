package org.missionplanner.mission;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers, changes and deletes missions. Administrators manage the registry; a mission's planners
 * keep its facts up to date.
 */
@Service
@Transactional
public class MissionRegistry {

    private final MissionRepository missions;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MissionRegistry(MissionRepository missions, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.missions = missions;
        this.clock = clock;
    }

    /** Refuses (403) a user who may not register missions, before a form is even shown. */
    @PreAuthorize("@missionAccess.canManageRegistry(authentication)")
    public void checkMayCreate() {
        // the annotation is the check
    }

    /** Refuses (403) a user who may not change this mission's facts, before a form is even shown. */
    @PreAuthorize(
            "@missionAccess.canEdit(#missionId, authentication) or @missionAccess.canManageRegistry(authentication)")
    public void checkMayEdit(long missionId) {
        // the annotation is the check
    }

    @PreAuthorize("@missionAccess.canManageRegistry(authentication)")
    public MissionView create(MissionFacts facts) {
        validate(facts, null);
        return MissionView.of(missions.saveAndFlush(new Mission(facts, Instant.now(clock))));
    }

    /** Replaces the facts; refuses a stale version (someone else saved in the meantime). */
    @PreAuthorize(
            "@missionAccess.canEdit(#missionId, authentication) or @missionAccess.canManageRegistry(authentication)")
    public MissionView update(long missionId, long version, MissionFacts facts) {
        Mission mission = missions.findById(missionId).orElseThrow(() -> new NotFoundException("Mission", missionId));
        if (mission.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Mission.class, missionId);
        }
        validate(facts, missionId);
        mission.apply(facts);
        return MissionView.of(missions.saveAndFlush(mission));
    }

    @PreAuthorize("@missionAccess.canManageRegistry(authentication)")
    public void delete(long missionId) {
        Mission mission = missions.findById(missionId).orElseThrow(() -> new NotFoundException("Mission", missionId));
        missions.delete(mission);
        events.publishEvent(new MissionDeleted(missionId, mission.getAcronym()));
    }

    private void validate(MissionFacts facts, Long missionId) {
        missions.findByAcronym(facts.acronym().trim())
                .filter(other -> !Objects.equals(other.getId(), missionId))
                .ifPresent(other -> {
                    throw new BusinessRuleException("mission.acronym.taken", "acronym");
                });
        List<String> unknown = facts.hostCountries() == null
                ? List.of()
                : facts.hostCountries().stream()
                        .filter(code -> !Countries.isKnown(code))
                        .toList();
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("mission.hostCountries.unknown", "hostCountries");
        }
        if (facts.startDate() != null
                && facts.endDate() != null
                && facts.endDate().isBefore(facts.startDate())) {
            throw new BusinessRuleException("validation.dateRange", "endDate");
        }
    }
}
