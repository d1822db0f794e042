package org.missionplanner.plan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyColumns;
import org.missionplanner.mission.MandateCategory;

/**
 * A task (activity) of a plan: what serves which result or objective, which mandated task it
 * implements, who leads, supports and funds it, when, and how it stands.
 */
@Entity
@Audited
@DynamicUpdate
@Table(name = "plan_task")
class PlanTask extends PlanPart {

    private Long objectiveId;
    private Long resultId;
    private String title;
    private String description;

    @Enumerated(EnumType.STRING)
    private MandateCategory mandateCategory;

    private Long leadUnitId;
    private Long leadOrganisationId;

    @ElementCollection
    @CollectionTable(name = "plan_task_supporter", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    private List<PartyColumns> supporters = new ArrayList<>();

    private String nationalCounterpart;

    // national actors (organisations) of a host country; read for all the tasks of a query at once
    @ElementCollection
    @CollectionTable(name = "task_national_counterpart", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "organisation_id")
    @Fetch(FetchMode.SUBSELECT)
    private Set<Long> nationalCounterpartIds = new HashSet<>();

    // read for all the tasks of a query at once, when the first task's funding is read
    @ElementCollection
    @CollectionTable(name = "plan_task_funding", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<TaskFunding> funding = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private FundingSource fundingSource;

    private BigDecimal amount;
    private String currency;
    private LocalDate startOn;
    private LocalDate endOn;

    @Enumerated(EnumType.STRING)
    private TimeHorizon horizon;

    @Enumerated(EnumType.STRING)
    private TaskStatus status;

    protected PlanTask() {}

    PlanTask(long planId, int position, TaskDetails details) {
        super(planId, position);
        describe(details);
    }

    /** Takes the planner's description; the objective is the result's own when a result is named. */
    void describe(TaskDetails details) {
        this.title = details.title().trim();
        this.description = Texts.clean(details.description());
        this.objectiveId = details.objectiveId();
        this.resultId = details.resultId();
        this.mandateCategory = details.mandateCategory();
        this.leadUnitId = details.lead() == null ? null : details.lead().unitId();
        this.leadOrganisationId = details.lead() == null ? null : details.lead().organisationId();
        List<PartyColumns> wanted =
                details.supporters().stream().distinct().map(PartyColumns::of).toList();
        if (!wanted.equals(supporters)) {
            supporters.clear();
            supporters.addAll(wanted);
        }
        this.nationalCounterpart = Texts.clean(details.nationalCounterpart());
        if (details.nationalCounterpartIds() != null
                && !nationalCounterpartIds.equals(Set.copyOf(details.nationalCounterpartIds()))) {
            nationalCounterpartIds.clear();
            nationalCounterpartIds.addAll(details.nationalCounterpartIds());
        }
        List<TaskFunding> wantedFunding =
                details.funding().stream().map(TaskFunding::new).toList();
        if (!wantedFunding.equals(funding)) {
            funding.clear();
            funding.addAll(wantedFunding);
        }
        this.fundingSource = details.fundingSource();
        this.amount = details.amount();
        this.currency = Texts.clean(details.currency());
        this.startOn = details.startOn();
        this.endOn = details.endOn();
        this.horizon = details.horizon();
        this.status = details.status();
    }

    /** Names these national actors as counterparts (demo data that predates them). */
    void nameNationalCounterparts(List<Long> ids) {
        nationalCounterpartIds.clear();
        nationalCounterpartIds.addAll(ids);
    }

    /** Its objective is deleted: the task stays, serving nothing. */
    void unlinkFromObjective() {
        this.objectiveId = null;
        this.resultId = null;
    }

    /** Its result is deleted: the task stays, serving the result's objective. */
    void unlinkFromResult() {
        this.resultId = null;
    }

    void changeStatus(TaskStatus status) {
        this.status = status;
    }

    List<FundingLine> getFunding() {
        return funding.stream().map(TaskFunding::line).toList();
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public Long getResultId() {
        return resultId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public MandateCategory getMandateCategory() {
        return mandateCategory;
    }

    /** The parties the task names: its lead (null when it has none), supporters and national counterparts. */
    List<Party> named() {
        List<Party> named = new ArrayList<>();
        named.add(getLead());
        named.addAll(getSupporters());
        named.addAll(getNationalCounterparts());
        return named;
    }

    public Party getLead() {
        return Party.of(leadUnitId, leadOrganisationId);
    }

    public List<Party> getSupporters() {
        return supporters.stream().map(PartyColumns::party).toList();
    }

    public String getNationalCounterpart() {
        return nationalCounterpart;
    }

    /** The national actors named as counterparts, by id. */
    public List<Long> getNationalCounterpartIds() {
        return nationalCounterpartIds.stream().sorted().toList();
    }

    /** The national actors named as counterparts, as parties (organisations) to be named. */
    public List<Party> getNationalCounterparts() {
        return getNationalCounterpartIds().stream().map(Party::organisation).toList();
    }

    public FundingSource getFundingSource() {
        return fundingSource;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public TimeHorizon getHorizon() {
        return horizon;
    }

    public TaskStatus getStatus() {
        return status;
    }
}
