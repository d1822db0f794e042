package org.missionplanner.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.missionplanner.shared.BusinessRuleException;

/**
 * A mission's partnership with an organisation: the arrangement between them, the period, the
 * sectors, focal points, the five principles assessed, and for a humanitarian organisation its
 * relationship with the mission's military component. The mission and the organisation are
 * referred to by id.
 */
@Entity
@Audited
@Table(name = "partnership")
class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long missionId;
    private long organisationId;

    @Enumerated(EnumType.STRING)
    private Arrangement arrangement;

    private LocalDate startDate;
    private LocalDate endDate;
    private String agreementReference;
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "cmcoord_relationship")
    private CmcoordRelationship cmcoordRelationship;

    @ElementCollection
    @CollectionTable(name = "partnership_sector", joinColumns = @JoinColumn(name = "partnership_id"))
    @Column(name = "sector")
    @Enumerated(EnumType.STRING)
    @Fetch(FetchMode.SUBSELECT)
    private Set<Sector> sectors = new HashSet<>();

    @NotAudited // a record: the history cannot rebuild it
    @ElementCollection
    @CollectionTable(name = "partnership_focal_point", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<FocalPoint> focalPoints = new ArrayList<>();

    // the arrangement over time, from the earliest period; the fields above hold the overall
    // dates and the latest period's arrangement
    @ElementCollection
    @CollectionTable(name = "partnership_period", joinColumns = @JoinColumn(name = "partnership_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<PartnershipPeriod> periods = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "partnership_principle", joinColumns = @JoinColumn(name = "partnership_id"))
    @MapKeyColumn(name = "principle")
    @MapKeyEnumerated(EnumType.STRING)
    @Fetch(FetchMode.SUBSELECT)
    private Map<Principle, PrincipleAssessment> principles = new EnumMap<>(Principle.class);

    @Version
    private long version;

    protected Partnership() {}

    Partnership(long missionId, PartnershipDetails details, boolean humanitarian) {
        this.missionId = missionId;
        apply(details, humanitarian);
    }

    /**
     * Replaces the description. The end may not come before the start; only a humanitarian
     * organisation has a civil-military (CMCoord) relationship, so for the others it is dropped.
     */
    void apply(PartnershipDetails details, boolean humanitarian) {
        if (details.startDate() == null) {
            throw new BusinessRuleException("partners.partnership.startDate.required", "startDate");
        }
        if (details.endDate() != null && details.endDate().isBefore(details.startDate())) {
            throw new BusinessRuleException("validation.dateRange", "endDate");
        }
        List<ArrangementPeriod> wanted = ArrangementPeriods.checked(details.allPeriods());
        this.organisationId = details.organisationId();
        this.arrangement = wanted.get(wanted.size() - 1).arrangement();
        this.startDate = wanted.get(0).from();
        this.endDate = wanted.stream().anyMatch(w -> w.to() == null)
                ? null
                : wanted.stream()
                        .map(ArrangementPeriod::to)
                        .max(LocalDate::compareTo)
                        .orElseThrow();
        List<PartnershipPeriod> stored =
                wanted.stream().map(PartnershipPeriod::new).toList();
        if (!stored.equals(periods)) {
            periods.clear();
            periods.addAll(stored);
        }
        this.agreementReference = details.agreementReference();
        this.notes = details.notes();
        this.cmcoordRelationship = humanitarian ? details.cmcoordRelationship() : null;
        this.sectors.clear();
        this.sectors.addAll(details.sectors());
        this.focalPoints.clear();
        this.focalPoints.addAll(details.focalPoints());
        this.principles.clear();
        this.principles.putAll(details.principles());
    }

    /** Whether any of the five principles is assessed as not met. */
    public boolean hasPrincipleNotMet() {
        return principles.values().stream().anyMatch(a -> a.assessment() == Assessment.NOT_MET);
    }

    /** The periods from the earliest; a partnership recorded before periods existed has its one period. */
    public List<ArrangementPeriod> getPeriods() {
        if (periods.isEmpty()) {
            return List.of(new ArrangementPeriod(arrangement, startDate, endDate));
        }
        return periods.stream().map(PartnershipPeriod::period).toList();
    }

    public Long getId() {
        return id;
    }

    public long getMissionId() {
        return missionId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Arrangement getArrangement() {
        return arrangement;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getAgreementReference() {
        return agreementReference;
    }

    public String getNotes() {
        return notes;
    }

    public CmcoordRelationship getCmcoordRelationship() {
        return cmcoordRelationship;
    }

    public Set<Sector> getSectors() {
        return sectors.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sectors));
    }

    public List<FocalPoint> getFocalPoints() {
        return List.copyOf(focalPoints);
    }

    /** All five principles, in their order; a missing one counts as not assessed. */
    public Map<Principle, PrincipleAssessment> getPrinciples() {
        var all = new EnumMap<Principle, PrincipleAssessment>(Principle.class);
        for (Principle p : Principle.values()) {
            all.put(p, principles.getOrDefault(p, PrincipleAssessment.notAssessed()));
        }
        return all;
    }

    public long getVersion() {
        return version;
    }
}
