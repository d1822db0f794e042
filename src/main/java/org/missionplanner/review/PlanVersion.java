package org.missionplanner.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.missionplanner.shared.BusinessRuleException;

/**
 * One submission of a plan: a numbered snapshot of the whole plan as it was submitted, which never
 * changes afterwards, and the decision taken on it. Only its status and the decision are written
 * after it is created.
 */
@Entity
@Table(name = "plan_version")
class PlanVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private int number;

    @JdbcTypeCode(SqlTypes.JSON)
    private String snapshot;

    @Enumerated(EnumType.STRING)
    private VersionStatus status = VersionStatus.SUBMITTED;

    private String submittedBy;
    private String submittedByName;
    private Instant submittedAt;
    private String submitMessage;
    private String decidedBy;
    private String decidedByName;
    private Instant decidedAt;
    private String decisionReasons;

    @Version
    private long version;

    protected PlanVersion() {}

    PlanVersion(long planId, int number, String snapshot, Reviewer submitter, String message, Instant at) {
        this.planId = planId;
        this.number = number;
        this.snapshot = snapshot;
        this.submittedBy = submitter.username();
        this.submittedByName = submitter.displayName();
        this.submitMessage = message;
        this.submittedAt = at;
    }

    /** The version becomes the one in force. Nobody decides on their own submission. */
    void approve(Reviewer reviewer, String reasons, Instant at) {
        decide(reviewer, reasons, at, VersionStatus.APPROVED);
    }

    void returnForChanges(Reviewer reviewer, String reasons, Instant at) {
        if (reasons == null || reasons.isBlank()) {
            throw new BusinessRuleException("plan.review.reasonsRequired", "reasons");
        }
        decide(reviewer, reasons, at, VersionStatus.RETURNED);
    }

    /** A later approval replaced this version. */
    void supersede() {
        if (status != VersionStatus.APPROVED) {
            throw new BusinessRuleException("plan.review.supersedeOnlyApproved");
        }
        this.status = VersionStatus.SUPERSEDED;
    }

    private void decide(Reviewer reviewer, String reasons, Instant at, VersionStatus decision) {
        if (status != VersionStatus.SUBMITTED) {
            throw new BusinessRuleException("plan.review.versionDecided");
        }
        if (isSubmittedBy(reviewer.username())) {
            throw new BusinessRuleException("plan.review.ownSubmission");
        }
        this.status = decision;
        this.decidedBy = reviewer.username();
        this.decidedByName = reviewer.displayName();
        this.decidedAt = at;
        this.decisionReasons = reasons == null || reasons.isBlank() ? null : reasons.trim();
    }

    boolean isSubmittedBy(String username) {
        return submittedBy.equalsIgnoreCase(username);
    }

    Long getId() {
        return id;
    }

    long getPlanId() {
        return planId;
    }

    int getNumber() {
        return number;
    }

    String getSnapshot() {
        return snapshot;
    }

    VersionStatus getStatus() {
        return status;
    }

    String getSubmittedBy() {
        return submittedBy;
    }
}
