package org.missionplanner.partner;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A mission's partnerships: reading them (members, HQ), adding, changing and removing them (its planners). */
@Service
@Transactional
public class Partnerships {

    private final PartnershipRepository partnerships;
    private final OrganisationRepository organisations;
    private final MissionDirectory missions;
    private final MissionAccess access;

    Partnerships(
            PartnershipRepository partnerships,
            OrganisationRepository organisations,
            MissionDirectory missions,
            MissionAccess access) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.missions = missions;
        this.access = access;
    }

    /** The mission's partnerships, from the earliest, each with its organisation: three statements whatever their number. */
    @Transactional(readOnly = true)
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public List<PartnershipView> ofMission(long missionId) {
        requireMission(missionId);
        return views(partnerships.findByMission(missionId));
    }

    /** Refuses (403) anybody who may not change the mission's partnerships; 404 for an unknown mission. */
    @Transactional(readOnly = true)
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void requireEditable(long missionId) {
        requireMission(missionId);
    }

    /** One partnership of the mission, for its edit form. */
    @Transactional(readOnly = true)
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public PartnershipView forEditing(long missionId, long partnershipId) {
        var p = load(missionId, partnershipId);
        return PartnershipView.of(
                p, organisations.findById(p.getOrganisationId()).orElseThrow());
    }

    /** One partnership of the mission (API). */
    @Transactional(readOnly = true)
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public PartnershipView get(long missionId, long partnershipId) {
        var p = load(missionId, partnershipId);
        return PartnershipView.of(
                p, organisations.findById(p.getOrganisationId()).orElseThrow());
    }

    /** Adds a partnership; an unknown organisation or an overlapping duplicate is refused on its field. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public long add(long missionId, PartnershipDetails details) {
        requireMission(missionId);
        var organisation = checked(missionId, null, details);
        return partnerships
                .save(new Partnership(missionId, details, organisation.isHumanitarian()))
                .getId();
    }

    /** Changes a partnership the planner saw at {@code version}; a newer one is a conflict. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void update(long missionId, long partnershipId, long version, PartnershipDetails details) {
        var partnership = load(missionId, partnershipId);
        if (partnership.getVersion() != version) {
            throw new OptimisticLockingFailureException("Partnership " + partnershipId + " changed");
        }
        var organisation = checked(missionId, partnershipId, details);
        partnership.apply(details, organisation.isHumanitarian());
        partnerships.flush();
    }

    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void remove(long missionId, long partnershipId) {
        partnerships.delete(load(missionId, partnershipId));
    }

    /** The organisations a partnership may name, by acronym. */
    @Transactional(readOnly = true)
    public List<OrganisationOption> organisationOptions() {
        return organisations.findAll().stream()
                .sorted(Comparator.comparing(Organisation::getAcronym, String.CASE_INSENSITIVE_ORDER))
                .map(o -> new OrganisationOption(o.getId(), o.getAcronym(), o.getFullName(), o.isHumanitarian()))
                .toList();
    }

    /**
     * An organisation's partnerships across missions (the headquarters view), limited to the
     * missions the user may see: two statements whatever the number of missions.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<PartnershipSummary> partnershipsOfOrganisation(long organisationId, Authentication auth) {
        var visible = access.visibleMissions(auth);
        List<Partnership> found;
        if (visible.all()) {
            found = partnerships.findByOrganisation(organisationId);
        } else if (visible.ids().isEmpty()) {
            return List.of();
        } else {
            found = partnerships.findByOrganisationAndMissions(organisationId, visible.ids());
        }
        var names = missions.byIds(found.stream().map(Partnership::getMissionId).collect(Collectors.toSet()));
        return found.stream()
                .filter(p -> names.containsKey(p.getMissionId()))
                .map(p -> {
                    var m = names.get(p.getMissionId());
                    return new PartnershipSummary(
                            p.getId(),
                            m.id(),
                            m.acronym(),
                            m.fullName(),
                            p.getArrangement(),
                            p.getStartDate(),
                            p.getEndDate(),
                            p.hasPrincipleNotMet());
                })
                .toList();
    }

    /**
     * Every partnership of the missions the user may see, by organisation and then mission, for
     * the view of the principles across missions: four statements whatever their number.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<MissionPartnership> acrossMissions(Authentication auth) {
        var visible = access.visibleMissions(auth);
        List<Partnership> found;
        if (visible.all()) {
            found = partnerships.findAllInOrder();
        } else if (visible.ids().isEmpty()) {
            return List.of();
        } else {
            found = partnerships.findByMissions(visible.ids());
        }
        var names = missions.byIds(found.stream().map(Partnership::getMissionId).collect(Collectors.toSet()));
        return views(found).stream()
                .filter(v -> names.containsKey(v.missionId()))
                .map(v -> new MissionPartnership(names.get(v.missionId()).acronym(), v))
                .sorted(Comparator.comparing(
                                (MissionPartnership m) -> m.partnership().acronym(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(MissionPartnership::missionAcronym))
                .toList();
    }

    private Organisation checked(long missionId, Long partnershipId, PartnershipDetails details) {
        if (!details.periods().isEmpty()) {
            ArrangementPeriods.checked(details.periods());
        }
        if (details.endDate() != null
                && details.startDate() != null
                && details.endDate().isBefore(details.startDate())) {
            throw new BusinessRuleException("validation.dateRange", "endDate");
        }
        var organisation = details.organisationId() == null
                ? null
                : organisations.findById(details.organisationId()).orElse(null);
        if (organisation == null) {
            throw new BusinessRuleException("partners.partnership.organisation.unknown", "organisationId");
        }
        if (details.arrangement() == null) {
            throw new BusinessRuleException("partners.partnership.arrangement.required", "arrangement");
        }
        if (details.startDate() == null) {
            throw new BusinessRuleException("partners.partnership.startDate.required", "startDate");
        }
        boolean duplicate =
                partnerships.findSameArrangement(missionId, organisation.getId(), details.arrangement()).stream()
                        .filter(p -> !Objects.equals(p.getId(), partnershipId))
                        .anyMatch(p -> details.overlaps(p.getStartDate(), p.getEndDate()));
        if (duplicate) {
            throw new BusinessRuleException("partners.partnership.duplicate", "organisationId");
        }
        return organisation;
    }

    private Partnership load(long missionId, long partnershipId) {
        return partnerships
                .findById(partnershipId)
                .filter(p -> p.getMissionId() == missionId)
                .orElseThrow(() -> new NotFoundException("Partnership", partnershipId));
    }

    private void requireMission(long missionId) {
        if (!missions.exists(missionId)) {
            throw new NotFoundException("Mission", missionId);
        }
    }

    private List<PartnershipView> views(List<Partnership> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Organisation> orgs =
                organisations
                        .findByIds(found.stream()
                                .map(Partnership::getOrganisationId)
                                .collect(Collectors.toSet()))
                        .stream()
                        .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        return found.stream()
                .map(p -> PartnershipView.of(p, orgs.get(p.getOrganisationId())))
                .toList();
    }
}
