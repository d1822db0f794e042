package org.missionplanner.national;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A priority (pillar) of a national plan: a code such as "1" or "P2" and a title. */
@Entity
@Table(name = "national_priority")
class NationalPriority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String title;

    protected NationalPriority() {}

    NationalPriority(String code, String title) {
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
