package org.missionplanner.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.missionplanner.shared.BusinessRuleException;

/**
 * A plan of a mission: its kind, period, shared vision and context, and where it stands in review.
 * Its objectives, results, indicators, tasks and risks are rows of their own that name the plan.
 */
@Entity
@Audited
@Table(name = "plan")
class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long missionId;

    @Enumerated(EnumType.STRING)
    private PlanKind kind;

    private String title;
    private LocalDate periodStart;
    private LocalDate periodEnd;

    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.DRAFT;

    private String sharedVision;
    private String contextSummary;
    private Instant createdAt;

    @Version
    private long version;

    /** The plan of the same mission this one derives from (chain of plans), or null. */
    private Long parentPlanId;

    public Long getParentPlanId() {
        return parentPlanId;
    }

    /** Only after {@link PlanChainRules#checkParent}: names the plan this one derives from. */
    void deriveFrom(Long parentPlanId) {
        this.parentPlanId = parentPlanId;
    }

    protected Plan() {}

    Plan(long missionId, PlanDetails details, Instant createdAt) {
        this.missionId = missionId;
        this.createdAt = createdAt;
        describe(details);
    }

    void describe(PlanDetails details) {
        this.kind = details.kind();
        this.title = details.title().trim();
        this.periodStart = details.periodStart();
        this.periodEnd = details.periodEnd();
        this.sharedVision = Texts.clean(details.sharedVision());
        this.contextSummary = Texts.clean(details.contextSummary());
    }

    /** Refuses any change to a plan that is no longer a draft. */
    void requireEditable() {
        if (!status.isEditable()) {
            throw new BusinessRuleException("plan.notEditable");
        }
    }

    void requireMonitored() {
        if (!status.isMonitored()) {
            throw new BusinessRuleException("plan.notMonitored");
        }
    }

    /** True when the day lies outside the plan's period. */
    public boolean isOutsidePeriod(LocalDate day) {
        return day != null && (day.isBefore(periodStart) || day.isAfter(periodEnd));
    }

    // --- the review workflow: each method refuses a transition that is not legal from the current state ---

    /** A planner hands the draft to HQ: it becomes read-only until a reviewer decides. */
    public void submitForReview() {
        requireStatus(PlanStatus.DRAFT, "plan.review.submitOnlyDraft");
        this.status = PlanStatus.IN_REVIEW;
    }

    /** A reviewer accepts the submitted plan: it becomes the plan in force. */
    public void approve() {
        requireStatus(PlanStatus.IN_REVIEW, "plan.review.decideOnlyInReview");
        this.status = PlanStatus.APPROVED;
    }

    /** A reviewer sends the submitted plan back: it is a draft again, its comments kept. */
    public void returnForChanges() {
        requireStatus(PlanStatus.IN_REVIEW, "plan.review.decideOnlyInReview");
        this.status = PlanStatus.DRAFT;
    }

    /** The planners start changing an approved plan; the approved version stays in force until another is approved. */
    public void startNewDraft() {
        requireStatus(PlanStatus.APPROVED, "plan.review.newDraftOnlyApproved");
        this.status = PlanStatus.DRAFT;
    }

    /** Another plan of the same kind was approved for the mission: this one is no longer in force. */
    public void supersede() {
        if (status == PlanStatus.SUPERSEDED || status == PlanStatus.IN_REVIEW) {
            throw new BusinessRuleException("plan.review.cannotSupersede");
        }
        this.status = PlanStatus.SUPERSEDED;
    }

    private void requireStatus(PlanStatus required, String messageKey) {
        if (status != required) {
            throw new BusinessRuleException(messageKey);
        }
    }

    /** Only for the review workflow and demo data: moves the plan to another state. */
    void changeStatus(PlanStatus status) {
        this.status = status;
    }

    public Long getId() {
        return id;
    }

    public long getMissionId() {
        return missionId;
    }

    public PlanKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getSharedVision() {
        return sharedVision;
    }

    public String getContextSummary() {
        return contextSummary;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
