package org.missionplanner.coordination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.missionplanner.actor.Party;
import org.missionplanner.shared.BusinessRuleException;

/** Something a meeting asked a unit or an organisation to do by a date. */
@Entity
@Table(name = "action_item")
class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long missionId;
    private Long bodyId;

    /** Set by the meeting that owns the item. */
    @Column(name = "meeting_id", insertable = false, updatable = false)
    private Long meetingId;

    private String description;
    private Long ownerUnitId;
    private Long ownerOrganisationId;
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ActionStatus status = ActionStatus.OPEN;

    @Version
    private long version;

    protected ActionItem() {}

    ActionItem(long missionId, long bodyId, ActionDetails details) {
        this.missionId = missionId;
        this.bodyId = bodyId;
        describe(details);
    }

    void describe(ActionDetails details) {
        if (details.dueOn() == null) {
            throw new IllegalArgumentException("An action item has a due date");
        }
        this.description = details.description();
        this.ownerUnitId = details.owner() == null ? null : details.owner().unitId();
        this.ownerOrganisationId =
                details.owner() == null ? null : details.owner().organisationId();
        this.dueOn = details.dueOn();
    }

    /** Done, dropped or reopened: only an open item closes, only a closed item reopens. */
    void changeStatus(ActionStatus target) {
        boolean allowed = target == ActionStatus.OPEN ? status != ActionStatus.OPEN : status == ActionStatus.OPEN;
        if (!allowed) {
            throw new BusinessRuleException("coordination.action.status.illegal", "status");
        }
        this.status = target;
    }

    /** Open and due before the given day. */
    public boolean isOverdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public long getMissionId() {
        return missionId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public long getBodyId() {
        return bodyId;
    }

    public String getDescription() {
        return description;
    }

    public Party getOwner() {
        return Party.of(ownerUnitId, ownerOrganisationId);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
