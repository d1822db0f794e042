package org.missionplanner.calendar;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.missionplanner.shared.BusinessRuleException;

/** A stage of the integrated planning process of one mission. */
@Entity
@Table(name = "calendar_stage")
class Stage {

    public static final int MAX_TITLE = 200;
    public static final int MAX_OWNER = 200;

    /** No planning date before the UN existed. */
    public static final LocalDate EARLIEST = LocalDate.of(1945, 1, 1);

    /** No planning date more than this many years ahead of today. */
    public static final int YEARS_AHEAD = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long missionId;

    @Enumerated(EnumType.STRING)
    private StageKind kind;

    private String title;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String owner;

    @Version
    private long version;

    protected Stage() {}

    Stage(long missionId, StageCommand command, LocalDate today) {
        this.missionId = missionId;
        apply(command, today);
    }

    /** Replaces every field after checking them all; nothing changes when one is wrong. */
    void apply(StageCommand command, LocalDate today) {
        validate(command, today);
        this.kind = command.kind();
        this.title = command.title();
        this.startsOn = command.startsOn();
        this.endsOn = command.endsOn();
        this.owner = command.owner();
    }

    static void validate(StageCommand command, LocalDate today) {
        if (command.kind() == null) {
            throw new BusinessRuleException("stage.kind.required", "kind");
        }
        if (command.title() != null && command.title().length() > MAX_TITLE) {
            throw new BusinessRuleException("stage.title.size", "title");
        }
        if (command.owner() != null && command.owner().length() > MAX_OWNER) {
            throw new BusinessRuleException("stage.owner.size", "owner");
        }
        if (command.startsOn() != null && !sensible(command.startsOn(), today)) {
            throw new BusinessRuleException("stage.date.range", "startsOn");
        }
        if (command.endsOn() == null) {
            throw new BusinessRuleException("stage.endsOn.required", "endsOn");
        }
        if (!sensible(command.endsOn(), today)) {
            throw new BusinessRuleException("stage.date.range", "endsOn");
        }
        if (command.startsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            throw new BusinessRuleException("stage.endsOn.beforeStart", "endsOn");
        }
    }

    /** From 1945 to {@value #YEARS_AHEAD} years from today. */
    static boolean sensible(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST) && !date.isAfter(today.plusYears(YEARS_AHEAD));
    }

    public Long getId() {
        return id;
    }

    public long getMissionId() {
        return missionId;
    }

    public StageKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getOwner() {
        return owner;
    }

    public long getVersion() {
        return version;
    }
}
