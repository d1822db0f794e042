package org.missionplanner.coordination;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyColumns;

/** A meeting of a coordination body: attendees, summary, decisions and the action items it set. */
@Entity
@Table(name = "meeting")
class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long bodyId;
    private Long missionId;
    private LocalDate heldOn;
    private String otherAttendees;
    private String summary;

    @ElementCollection
    @CollectionTable(name = "meeting_attendee", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    private List<PartyColumns> attendees = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_decision", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    @BatchSize(size = 200)
    private List<String> decisions = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    @OrderBy("id")
    @BatchSize(size = 200)
    private List<ActionItem> actionItems = new ArrayList<>();

    @Version
    private long version;

    protected Meeting() {}

    Meeting(CoordinationBody body, MeetingDetails details) {
        this.bodyId = body.getId();
        this.missionId = body.getMissionId();
        record(details);
    }

    /**
     * Replaces the record of the meeting. Action items with an id are updated (they keep their
     * status), new ones are added open, and items left out are removed.
     */
    void record(MeetingDetails details) {
        if (details.heldOn() == null) {
            throw new IllegalArgumentException("A meeting has a date");
        }
        this.heldOn = details.heldOn();
        this.otherAttendees = details.otherAttendees();
        this.summary = details.summary();
        this.attendees.clear();
        details.attendees().stream().distinct().map(PartyColumns::of).forEach(attendees::add);
        this.decisions.clear();
        this.decisions.addAll(details.decisions());

        Map<Long, ActionItem> existing =
                actionItems.stream().collect(Collectors.toMap(ActionItem::getId, Function.identity()));
        List<ActionItem> kept = new ArrayList<>();
        for (ActionDetails action : details.actions()) {
            ActionItem item = action.id() == null ? null : existing.get(action.id());
            if (item == null) {
                kept.add(new ActionItem(missionId, bodyId, action));
            } else {
                item.describe(action);
                kept.add(item);
            }
        }
        actionItems.retainAll(kept);
        kept.stream().filter(item -> !actionItems.contains(item)).forEach(actionItems::add);
    }

    public Long getId() {
        return id;
    }

    public long getBodyId() {
        return bodyId;
    }

    public long getMissionId() {
        return missionId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getOtherAttendees() {
        return otherAttendees;
    }

    public String getSummary() {
        return summary;
    }

    public List<Party> getAttendees() {
        return attendees.stream().map(PartyColumns::party).toList();
    }

    public List<String> getDecisions() {
        return List.copyOf(decisions);
    }

    public List<ActionItem> getActionItems() {
        return List.copyOf(actionItems);
    }

    public long getVersion() {
        return version;
    }
}
