package org.missionplanner.cmcoord;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;

/**
 * A humanitarian partner's request for a military or police asset of the mission, the six
 * principles as assessed, and once decided the decision (read-only from then on). The asset is
 * kept in {@code title}: the history names a request by it.
 */
@Entity
@Audited
@Table(name = "cmcoord_request")
class CmcoordRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long missionId;
    private long organisationId;
    private String title;
    private String location;
    private LocalDate neededFrom;
    private LocalDate neededUntil;
    private String need;
    private String civilianAlternatives;

    @ElementCollection
    @CollectionTable(name = "cmcoord_request_principle", joinColumns = @JoinColumn(name = "request_id"))
    @MapKeyColumn(name = "principle")
    @MapKeyEnumerated(EnumType.STRING)
    @Fetch(FetchMode.SUBSELECT)
    private Map<CmcoordPrinciple, AssessmentColumns> principles = new EnumMap<>(CmcoordPrinciple.class);

    @Enumerated(EnumType.STRING)
    private CmcoordStatus status;

    @Enumerated(EnumType.STRING)
    private CmcoordDecision decision;

    private String conditions;
    private String refusalReason;
    private String justification;
    private LocalDate usableUntil;
    private String decidedBy;
    private Instant decidedAt;

    @Version
    private long version;

    protected CmcoordRequest() {}

    CmcoordRequest(long missionId, RequestDetails details) {
        this.missionId = missionId;
        this.status = CmcoordStatus.SUBMITTED;
        describe(details);
    }

    /** Replaces what is asked and the assessments; the caller has checked the rules and that it is not decided. */
    void describe(RequestDetails details) {
        requireSubmitted();
        this.organisationId = details.organisationId();
        this.title = details.asset();
        this.location = details.location();
        this.neededFrom = details.neededFrom();
        this.neededUntil = details.neededUntil();
        this.need = details.need();
        this.civilianAlternatives = details.civilianAlternatives();
        assess(details.principles());
    }

    /** Records the assessments given; a principle left out is not assessed. */
    void assess(List<PrincipleAssessment> assessments) {
        requireSubmitted();
        Map<CmcoordPrinciple, AssessmentColumns> wanted = new EnumMap<>(CmcoordPrinciple.class);
        CmcoordRules.complete(assessments)
                .forEach((p, a) -> wanted.put(p, new AssessmentColumns(a.assessment(), a.reason())));
        principles.keySet().retainAll(wanted.keySet());
        wanted.forEach((p, a) -> {
            if (!a.equals(principles.get(p))) {
                principles.put(p, a);
            }
        });
    }

    /** Decides the request; the caller has checked the rules. */
    void decide(DecisionDetails details, String by, Instant at) {
        requireSubmitted();
        this.decision = details.decision();
        this.conditions = details.decision() == CmcoordDecision.APPROVED_WITH_CONDITIONS ? details.conditions() : null;
        this.refusalReason = details.decision() == CmcoordDecision.REFUSED ? details.refusalReason() : null;
        this.justification = details.decision().approval() && !CmcoordRules.blank(details.justification())
                ? details.justification()
                : null;
        this.usableUntil = details.decision().approval() ? details.usableUntil() : null;
        this.decidedBy = by;
        this.decidedAt = at;
        this.status = CmcoordStatus.DECIDED;
    }

    private void requireSubmitted() {
        if (status == CmcoordStatus.DECIDED) {
            throw new IllegalStateException("A decided request is read-only");
        }
    }

    /** The six assessments in their order. */
    List<PrincipleAssessment> assessments() {
        return java.util.Arrays.stream(CmcoordPrinciple.values())
                .map(p -> {
                    AssessmentColumns a = principles.get(p);
                    return a == null
                            ? PrincipleAssessment.notAssessed(p)
                            : new PrincipleAssessment(p, a.assessment(), a.reason());
                })
                .toList();
    }

    Long getId() {
        return id;
    }

    long getMissionId() {
        return missionId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    String getTitle() {
        return title;
    }

    String getLocation() {
        return location;
    }

    LocalDate getNeededFrom() {
        return neededFrom;
    }

    LocalDate getNeededUntil() {
        return neededUntil;
    }

    String getNeed() {
        return need;
    }

    String getCivilianAlternatives() {
        return civilianAlternatives;
    }

    CmcoordStatus getStatus() {
        return status;
    }

    CmcoordDecision getDecision() {
        return decision;
    }

    String getConditions() {
        return conditions;
    }

    String getRefusalReason() {
        return refusalReason;
    }

    String getJustification() {
        return justification;
    }

    LocalDate getUsableUntil() {
        return usableUntil;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    long getVersion() {
        return version;
    }
}
