package org.missionplanner.cmcoord;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.partner.OrganisationDirectory;
import org.missionplanner.partner.OrganisationView;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.MissionDirectory.MissionRef;
import org.missionplanner.shared.NotFoundException;
import org.missionplanner.shared.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mission's register of CMCoord requests. Its members read it; its planners record requests,
 * assess the six principles; the decision is taken by the mission's humanitarian coordination
 * role (a planner whose membership carries it, granted by administrators) and records their user
 * name and the time. Every change names the version its author saw; a rule
 * broken is refused on its field before anything is saved; a decided request is read-only.
 */
@Service
@Transactional
public class CmcoordRequests {

    private final CmcoordRequestRepository requests;
    private final OrganisationDirectory organisations;
    private final MissionDirectory missions;
    private final MissionAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CmcoordRequests(
            CmcoordRequestRepository requests,
            OrganisationDirectory organisations,
            MissionDirectory missions,
            MissionAccess access,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.organisations = organisations;
        this.missions = missions;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The mission's requests, latest needed first. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    @Transactional(readOnly = true)
    public List<RequestSummary> ofMission(long missionId) {
        requireMission(missionId);
        return summaries(requests.findRowsOf(missionId));
    }

    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    @Transactional(readOnly = true)
    public RequestView get(long missionId, long requestId) {
        return view(requestOf(missionId, requestId));
    }

    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public long create(long missionId, RequestDetails details) {
        requireMission(missionId);
        check(details);
        long id = requests.save(new CmcoordRequest(missionId, details)).getId();
        events.publishEvent(new CmcoordRequestReceived(
                missionId,
                id,
                details.asset(),
                details.location(),
                SecurityContextHolder.getContext().getAuthentication().getName()));
        return id;
    }

    /** Replaces what is asked and the assessments of a request not yet decided. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void update(long missionId, long requestId, long version, RequestDetails details) {
        CmcoordRequest request = submitted(missionId, requestId, version);
        check(details);
        request.describe(details);
        requests.flush();
    }

    /** Records the assessments given of a request not yet decided; the principles not named keep theirs. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void assess(long missionId, long requestId, long version, List<PrincipleAssessment> principles) {
        CmcoordRequest request = submitted(missionId, requestId, version);
        checkPrinciples(principles);
        request.assess(merged(request.assessments(), principles));
        requests.flush();
    }

    /**
     * Decides a request in the name of the signed-in planner, who must hold the mission's humanitarian
     * coordination role (refused on the field {@code decision} otherwise), with the assessments given (the
     * principles not named, or all when null, keep those recorded). Nothing is saved when a rule is broken.
     */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void decide(
            long missionId,
            long requestId,
            long version,
            List<PrincipleAssessment> principles,
            DecisionDetails decision) {
        CmcoordRequest request = submitted(missionId, requestId, version);
        if (!access.holdsHumanitarianCoordination(
                missionId, SecurityContextHolder.getContext().getAuthentication())) {
            throw new BusinessRuleException("cmcoord.decision.roleRequired", "decision");
        }
        List<PrincipleAssessment> given = principles == null ? List.of() : principles;
        checkPrinciples(given);
        List<PrincipleAssessment> assessed = merged(request.assessments(), given);
        CmcoordRules.checkDecision(assessed, request.getNeededFrom(), decision);
        request.assess(assessed);
        request.decide(decision, SignedInUser.name().orElse("system"), Instant.now(clock));
        requests.flush();
    }

    /** The user names holding the mission's humanitarian coordination role, who may decide its requests. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    @Transactional(readOnly = true)
    public List<String> deciders(long missionId) {
        return access.humanitarianCoordinators(missionId);
    }

    /** The requests of every mission the user sees, pending first, with counts by status and decision. */
    @Transactional(readOnly = true)
    public CmcoordOverview overview(Authentication authentication) {
        var visible = access.visibleMissions(authentication);
        List<RequestRow> rows;
        if (visible.all()) {
            rows = requests.findAllRows();
        } else if (visible.ids().isEmpty()) {
            rows = List.of();
        } else {
            rows = requests.findRowsIn(visible.ids());
        }
        List<RequestSummary> all = summaries(rows).stream()
                .sorted(Comparator.comparing((RequestSummary r) -> r.status() != CmcoordStatus.SUBMITTED))
                .toList();
        Map<CmcoordStatus, Long> byStatus = new EnumMap<>(CmcoordStatus.class);
        for (CmcoordStatus status : CmcoordStatus.values()) {
            byStatus.put(status, all.stream().filter(r -> r.status() == status).count());
        }
        Map<CmcoordDecision, Long> byDecision = new EnumMap<>(CmcoordDecision.class);
        for (CmcoordDecision decision : CmcoordDecision.values()) {
            byDecision.put(
                    decision, all.stream().filter(r -> r.decision() == decision).count());
        }
        return new CmcoordOverview(all, byStatus, byDecision);
    }

    private void check(RequestDetails details) {
        if (details.organisationId() == null
                || organisations.find(details.organisationId()).isEmpty()) {
            throw new BusinessRuleException("cmcoord.organisation.unknown", "organisationId");
        }
        CmcoordRules.checkRequest(details);
        checkPrinciples(details.principles());
    }

    /** The recorded assessments with those given put in their place. */
    private static List<PrincipleAssessment> merged(
            List<PrincipleAssessment> recorded, List<PrincipleAssessment> given) {
        Map<CmcoordPrinciple, PrincipleAssessment> all = new EnumMap<>(CmcoordPrinciple.class);
        recorded.forEach(a -> all.put(a.principle(), a));
        given.forEach(a -> all.put(a.principle(), a));
        return List.copyOf(all.values());
    }

    private static void checkPrinciples(List<PrincipleAssessment> principles) {
        if (principles.stream().anyMatch(p -> p.principle() == null)) {
            throw new BusinessRuleException("cmcoord.principles.unknown", "principles");
        }
        if (principles.stream().map(PrincipleAssessment::principle).distinct().count() != principles.size()) {
            throw new BusinessRuleException("cmcoord.principles.duplicate", "principles");
        }
    }

    private List<RequestSummary> summaries(List<RequestRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, MissionRef> missionsById = missions.byIds(
                rows.stream().map(RequestRow::missionId).distinct().toList());
        Map<Long, OrganisationView> organisationsById = organisations.byIdsInOneQuery(
                rows.stream().map(RequestRow::organisationId).distinct().toList());
        return rows.stream()
                .map(row -> {
                    MissionRef mission = missionsById.get(row.missionId());
                    OrganisationView organisation = organisationsById.get(row.organisationId());
                    return new RequestSummary(
                            row.id(),
                            row.missionId(),
                            mission == null ? null : mission.acronym(),
                            row.organisationId(),
                            organisation == null ? null : organisation.acronym(),
                            row.asset(),
                            row.location(),
                            row.neededFrom(),
                            row.neededUntil(),
                            row.status(),
                            row.decision(),
                            row.usableUntil());
                })
                .toList();
    }

    private RequestView view(CmcoordRequest r) {
        OrganisationView organisation =
                organisations.find(r.getOrganisationId()).orElse(null);
        return new RequestView(
                r.getId(),
                r.getMissionId(),
                r.getOrganisationId(),
                organisation == null ? null : organisation.acronym(),
                organisation == null ? null : organisation.fullName(),
                r.getTitle(),
                r.getLocation(),
                r.getNeededFrom(),
                r.getNeededUntil(),
                r.getNeed(),
                r.getCivilianAlternatives(),
                r.assessments(),
                r.getStatus(),
                r.getDecision(),
                r.getConditions(),
                r.getRefusalReason(),
                r.getJustification(),
                r.getUsableUntil(),
                r.getDecidedBy(),
                r.getDecidedAt(),
                r.getVersion());
    }

    private CmcoordRequest submitted(long missionId, long requestId, long version) {
        CmcoordRequest request = requestOf(missionId, requestId);
        if (request.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(CmcoordRequest.class, requestId);
        }
        if (request.getStatus() == CmcoordStatus.DECIDED) {
            throw new BusinessRuleException("cmcoord.decided.readOnly");
        }
        return request;
    }

    private CmcoordRequest requestOf(long missionId, long requestId) {
        return requests.findById(requestId)
                .filter(r -> r.getMissionId() == missionId)
                .orElseThrow(() -> new NotFoundException("CMCoord request", requestId));
    }

    private void requireMission(long missionId) {
        if (!missions.exists(missionId)) {
            throw new NotFoundException("Mission", missionId);
        }
    }
}
