package org.missionplanner.structure;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A unit of a mission's structure. Its primary line is {@code reportsToId} (null only for the
 * head of mission); the structure as a whole keeps the lines free of cycles.
 */
@Entity
@Audited
@Table(name = "org_unit")
class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long missionId;

    @Enumerated(EnumType.STRING)
    private UnitType unitType;

    private String name;
    private String headTitle;

    @Enumerated(EnumType.STRING)
    private UnitCategory category;

    private String location;
    private Long reportsToId;

    /** The organisation this unit places in the structure (a Country Team agency, a partner pillar), if any. */
    private Long organisationId;

    private int sortOrder;

    @NotAudited // a record: the history cannot rebuild it
    @ElementCollection
    @CollectionTable(name = "org_unit_posts", joinColumns = @JoinColumn(name = "unit_id"))
    @BatchSize(size = 500)
    private Set<UnitPosts> posts = new LinkedHashSet<>();

    @Version
    private long version;

    protected OrgUnit() {}

    public OrgUnit(
            long missionId,
            UnitType unitType,
            String name,
            String headTitle,
            UnitCategory category,
            String location,
            Long reportsToId) {
        this.missionId = missionId;
        this.unitType = unitType;
        this.name = name;
        this.headTitle = headTitle;
        this.category = category == null ? unitType.defaultCategory() : category;
        this.location = location;
        this.reportsToId = reportsToId;
    }

    public void describe(UnitType unitType, String name, String headTitle, UnitCategory category, String location) {
        this.unitType = unitType;
        this.name = name;
        this.headTitle = headTitle;
        this.category = category;
        this.location = location;
    }

    /** Places an organisation in the structure as this unit (null: the unit is the mission's own). */
    public void place(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    /** Sets the primary line; the structure checks for cycles before calling this. */
    public void reportTo(Long superiorId) {
        this.reportsToId = superiorId;
    }

    public void replacePosts(List<UnitPosts> newPosts) {
        posts.clear();
        posts.addAll(newPosts);
    }

    public void placeAt(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public Long getMissionId() {
        return missionId;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public String getName() {
        return name;
    }

    public String getHeadTitle() {
        return headTitle;
    }

    public UnitCategory getCategory() {
        return category;
    }

    public String getLocation() {
        return location;
    }

    public Long getReportsToId() {
        return reportsToId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public List<UnitPosts> getPosts() {
        return posts.stream().sorted(Comparator.comparing(UnitPosts::category)).toList();
    }

    public long getVersion() {
        return version;
    }
}
