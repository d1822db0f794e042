package org.missionplanner.coordination;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.missionplanner.actor.Party;
import org.missionplanner.actor.PartyColumns;

/** A body through which the mission coordinates: its chair (a unit or an organisation), members and terms of reference. */
@Entity
@Table(name = "coordination_body")
class CoordinationBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long missionId;

    @Enumerated(EnumType.STRING)
    private BodyKind kind;

    private String name;
    private Long chairUnitId;
    private Long chairOrganisationId;

    @Enumerated(EnumType.STRING)
    private MeetingFrequency meetingFrequency;

    private String termsOfReference;

    @ElementCollection
    @CollectionTable(name = "coordination_body_member", joinColumns = @JoinColumn(name = "body_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 200)
    private List<PartyColumns> members = new ArrayList<>();

    @Version
    private long version;

    protected CoordinationBody() {}

    CoordinationBody(long missionId, BodyDetails details) {
        this.missionId = missionId;
        describe(details);
    }

    /** Replaces what the body is; the caller has checked that every party belongs to the mission or exists. */
    void describe(BodyDetails details) {
        if (details.chair() == null) {
            throw new IllegalArgumentException("A coordination body has exactly one chair");
        }
        this.kind = details.kind();
        this.name = details.name();
        this.chairUnitId = details.chair().unitId();
        this.chairOrganisationId = details.chair().organisationId();
        this.meetingFrequency = details.meetingFrequency();
        this.termsOfReference = details.termsOfReference();
        this.members.clear();
        details.members().stream().distinct().map(PartyColumns::of).forEach(members::add);
    }

    public Long getId() {
        return id;
    }

    public long getMissionId() {
        return missionId;
    }

    public BodyKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    /** Null only when the chairing unit was removed from the structure. */
    public Party getChair() {
        return Party.of(chairUnitId, chairOrganisationId);
    }

    public MeetingFrequency getMeetingFrequency() {
        return meetingFrequency;
    }

    public String getTermsOfReference() {
        return termsOfReference;
    }

    public List<Party> getMembers() {
        return members.stream().map(PartyColumns::party).toList();
    }

    public long getVersion() {
        return version;
    }
}
