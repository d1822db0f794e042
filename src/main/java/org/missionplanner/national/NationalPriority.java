package org.missionplanner.national;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A priority (pillar) of a national plan: a code such as "1" or "P2" and a title. Its changes are recorded. */
@Entity
@Audited
@Table(name = "national_priority")
class NationalPriority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /**
     * Its plan, as the history finds it: read only, since the plan's list writes the column (a trigger
     * of migration V43 writes it into each recorded version, which Envers leaves without it).
     */
    @Column(name = "plan_id", insertable = false, updatable = false)
    private Long planId;

    private String code;
    private String title;

    protected NationalPriority() {}

    NationalPriority(String code, String title) {
        this.code = code;
        this.title = title;
    }

    void rename(String code, String title) {
        this.code = code;
        this.title = title;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getTitle() {
        return title;
    }
}
