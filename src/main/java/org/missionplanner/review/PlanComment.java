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
import org.missionplanner.shared.BusinessRuleException;

/**
 * A comment on a plan as a whole or on one of its elements. A reply names the thread's first
 * comment as its parent and concerns the same element; a thread is resolved on its first comment.
 */
@Entity
@Table(name = "plan_comment")
class PlanComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long planId;
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private ElementType elementType;

    private Long elementId;
    private String body;
    private String author;
    private String authorName;
    private Instant createdAt;
    private String resolvedBy;
    private Instant resolvedAt;

    @Version
    private long version;

    protected PlanComment() {}

    PlanComment(
            long planId,
            ElementType elementType,
            Long elementId,
            Long parentId,
            String body,
            Reviewer author,
            Instant at) {
        this.planId = planId;
        this.elementType = elementType;
        this.elementId = elementType == ElementType.PLAN ? null : elementId;
        this.parentId = parentId;
        this.body = body.trim();
        this.author = author.username();
        this.authorName = author.displayName();
        this.createdAt = at;
    }

    void resolve(Reviewer by, Instant at) {
        if (parentId != null) {
            throw new BusinessRuleException("plan.comment.resolveThreadOnly");
        }
        if (resolvedAt != null) {
            throw new BusinessRuleException("plan.comment.alreadyResolved");
        }
        this.resolvedBy = by.username();
        this.resolvedAt = at;
    }

    Long getId() {
        return id;
    }

    long getPlanId() {
        return planId;
    }

    Long getParentId() {
        return parentId;
    }

    ElementType getElementType() {
        return elementType;
    }

    Long getElementId() {
        return elementId;
    }

    String getBody() {
        return body;
    }

    String getAuthor() {
        return author;
    }

    String getAuthorName() {
        return authorName;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    String getResolvedBy() {
        return resolvedBy;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    long getVersion() {
        return version;
    }
}
