package org.missionplanner.national;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A host country's own plan or strategy for a period, with its priorities in order. Its changes and
 * its priorities' are recorded (Envers); each priority is recorded on its own, with its plan.
 */
@Entity
@Audited
@Table(name = "national_plan")
class NationalPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String country;
    private String title;
    private LocalDate periodStart;
    private LocalDate periodEnd;

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "plan_id", nullable = false)
    @OrderColumn(name = "position")
    private List<NationalPriority> priorities = new ArrayList<>();

    @Version
    private long version;

    protected NationalPlan() {}

    NationalPlan(String country, String title, LocalDate periodStart, LocalDate periodEnd) {
        this.country = country;
        this.title = title;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    /** Adds a priority at the end. */
    void addPriority(String code, String title) {
        priorities.add(new NationalPriority(code, title));
    }

    void describe(String title, LocalDate periodStart, LocalDate periodEnd) {
        this.title = title;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
    }

    Long getId() {
        return id;
    }

    String getCountry() {
        return country;
    }

    String getTitle() {
        return title;
    }

    LocalDate getPeriodStart() {
        return periodStart;
    }

    LocalDate getPeriodEnd() {
        return periodEnd;
    }

    long getVersion() {
        return version;
    }

    List<NationalPriority> getPriorities() {
        return priorities;
    }
}
