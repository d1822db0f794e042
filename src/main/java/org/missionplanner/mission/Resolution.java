package org.missionplanner.mission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.missionplanner.shared.BusinessRuleException;

/**
 * A Security Council resolution as it applies to one mission, with the tasks it mandates.
 * Renewals and changes are further resolutions: the history is never overwritten. A resolution
 * without an expiry date is open-ended (UNMIK's resolution 1244 runs until the Council decides
 * otherwise).
 */
@Entity
@Audited
@Table(name = "resolution")
class Resolution {

    /** "S/RES/1509 (2003)": the number, then the year of adoption in brackets. */
    public static final Pattern SYMBOL = Pattern.compile("S/RES/(\\d{1,5}) \\(((?:19|20)\\d{2})\\)");

    public static final int MAX_NOTES = 2000;
    public static final int MAX_TASKS = 50;
    public static final int MAX_REPORT_DUE_DATES = 24;

    /** An open-ended resolution's reports fall due within this many years of its adoption. */
    public static final int REPORTS_YEARS_AFTER = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long missionId;
    private String symbol;
    private LocalDate adoptedOn;
    private LocalDate expiresOn;
    private String notes;

    @ElementCollection
    @CollectionTable(name = "mandated_task", joinColumns = @JoinColumn(name = "resolution_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<MandatedTask> tasks = new ArrayList<>();

    /** The dates by which the resolution asks the Secretary-General to report, earliest first. */
    @ElementCollection
    @CollectionTable(name = "resolution_report_due_date", joinColumns = @JoinColumn(name = "resolution_id"))
    @Column(name = "due_on")
    @OrderBy
    @BatchSize(size = 50)
    private Set<LocalDate> reportDueDates = new TreeSet<>();

    @Version
    private long version;

    protected Resolution() {}

    Resolution(long missionId, ResolutionCommand command) {
        this.missionId = missionId;
        apply(command);
    }

    /** Replaces symbol, dates, notes and tasks, after checking them all; nothing changes when one is wrong. */
    void apply(ResolutionCommand command) {
        validate(command);
        this.symbol = command.symbol().trim();
        this.adoptedOn = command.adoptedOn();
        this.expiresOn = command.expiresOn();
        this.notes = command.notes() == null || command.notes().isBlank()
                ? null
                : command.notes().trim();
        if (!tasks.equals(command.tasks())) {
            tasks.clear();
            tasks.addAll(command.tasks());
        }
        if (!reportDueDates.equals(new TreeSet<>(command.reportDueDates()))) {
            reportDueDates.clear();
            reportDueDates.addAll(command.reportDueDates());
        }
    }

    static void validate(ResolutionCommand command) {
        String symbol = command.symbol() == null ? "" : command.symbol().trim();
        var matcher = SYMBOL.matcher(symbol);
        if (!matcher.matches()) {
            throw new BusinessRuleException("resolution.symbol.pattern", "symbol");
        }
        if (command.adoptedOn() == null) {
            throw new BusinessRuleException("resolution.adoptedOn.required", "adoptedOn");
        }
        if (Integer.parseInt(matcher.group(2)) != command.adoptedOn().getYear()) {
            throw new BusinessRuleException("resolution.adoptedOn.yearOfSymbol", "adoptedOn");
        }
        if (command.expiresOn() != null && command.expiresOn().isBefore(command.adoptedOn())) {
            throw new BusinessRuleException("resolution.expiresOn.beforeAdoption", "expiresOn");
        }
        if (command.notes() != null && command.notes().trim().length() > MAX_NOTES) {
            throw new BusinessRuleException("resolution.notes.size", "notes");
        }
        if (command.tasks().size() > MAX_TASKS) {
            throw new BusinessRuleException("resolution.tasks.tooMany", "tasks");
        }
        if (command.reportDueDates().size() > MAX_REPORT_DUE_DATES) {
            throw new BusinessRuleException("resolution.reportDueDates.tooMany", "reportDueDates");
        }
        for (LocalDate due : command.reportDueDates()) {
            LocalDate latest = command.expiresOn() == null
                    ? command.adoptedOn().plusYears(REPORTS_YEARS_AFTER)
                    : command.expiresOn().plusYears(1);
            if (due.isBefore(command.adoptedOn()) || due.isAfter(latest)) {
                throw new BusinessRuleException("resolution.reportDueDates.range", "reportDueDates");
            }
        }
        for (int i = 0; i < command.tasks().size(); i++) {
            String description = command.tasks().get(i).getDescription();
            if (description != null && description.length() > MandatedTask.MAX_DESCRIPTION) {
                throw new BusinessRuleException("resolution.task.description.size", "tasks[" + i + "].description");
            }
        }
    }

    /** In force on the day: adopted by then, and not expired before it (an open-ended one never expires). */
    public boolean isCurrentOn(LocalDate day) {
        return !adoptedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public Long getMissionId() {
        return missionId;
    }

    public String getSymbol() {
        return symbol;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getNotes() {
        return notes;
    }

    public List<MandatedTask> getTasks() {
        return Collections.unmodifiableList(tasks);
    }

    public List<LocalDate> getReportDueDates() {
        return List.copyOf(reportDueDates);
    }

    public long getVersion() {
        return version;
    }
}
