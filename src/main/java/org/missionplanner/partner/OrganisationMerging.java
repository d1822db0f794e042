package org.missionplanner.partner;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.shared.NotFoundException;
import org.missionplanner.shared.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate organisation into the record that stays (administrators only): every
 * reference moves, the duplicate's names become aliases of the survivor, the duplicate is deleted
 * and the merge is recorded (who, when, which into which, how many references moved). A refused
 * merge saves nothing.
 */
@Service
@Transactional
public class OrganisationMerging {

    /** A merge recorded on the surviving organisation. */
    public record MergeRecord(
            String mergedAcronym, String mergedFullName, String mergedBy, Instant mergedAt, int referencesMoved) {}

    /** What a merge would do, for the confirmation step. */
    public record MergePreview(OrganisationView merged, OrganisationView into, int references) {}

    private final OrganisationRepository organisations;
    private final OrganisationReferences references;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    OrganisationMerging(
            OrganisationRepository organisations,
            OrganisationReferences references,
            JdbcTemplate jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.references = references;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Checks the merge and says how many references would move; changes nothing. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public MergePreview preview(long organisationId, Long intoId) {
        Organisation merged = existing(organisationId);
        MergeRules.check(organisationId, intoId, parents());
        return new MergePreview(
                OrganisationView.of(merged), OrganisationView.of(existing(intoId)), references.count(organisationId));
    }

    /**
     * Merges {@code organisationId} into {@code intoId}; {@code version}, when given, must be the
     * merged organisation's current version. Returns the surviving organisation.
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public OrganisationView merge(long organisationId, Long intoId, Long version) {
        Organisation merged = existing(organisationId);
        if (version != null && merged.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, organisationId);
        }
        return mergeUnchecked(organisationId, intoId);
    }

    /** The merge itself, for an administrator's request or the demo data; the rules still apply. */
    OrganisationView mergeUnchecked(long organisationId, Long intoId) {
        Organisation merged = existing(organisationId);
        MergeRules.check(organisationId, intoId, parents());
        Organisation into = existing(intoId);
        organisations.flush();
        int moved = references.count(organisationId);
        // the merged organisation's aliases and names become the survivor's aliases
        jdbc.update("""
                insert into organisation_alias (organisation_id, alias)
                select ?, alias from organisation_alias where organisation_id = ?
                on conflict do nothing""", intoId, organisationId);
        jdbc.update("delete from organisation_alias where organisation_id = ?", organisationId);
        for (String name : List.of(merged.getAcronym(), merged.getFullName())) {
            if (!name.equalsIgnoreCase(into.getAcronym()) && !name.equalsIgnoreCase(into.getFullName())) {
                jdbc.update(
                        "insert into organisation_alias (organisation_id, alias) values (?, ?) on conflict do nothing",
                        intoId,
                        name);
            }
        }
        references.move(organisationId, intoId);
        // a supporter that now also leads the task (one of the two was the merged record) is no supporter
        references.dropFromSetsItIsThePartyOf(intoId);
        jdbc.update(
                """
                insert into organisation_merge (merged_id, merged_acronym, merged_full_name, into_id, merged_by,
                                                merged_at, references_moved)
                values (?, ?, ?, ?, ?, ?, ?)""",
                organisationId,
                merged.getAcronym(),
                merged.getFullName(),
                intoId,
                SignedInUser.name().orElse("system"),
                Timestamp.from(Instant.now(clock)),
                moved);
        organisations.delete(merged);
        organisations.flush();
        events.publishEvent(
                new OrganisationsMerged(organisationId, merged.getAcronym(), intoId, into.getAcronym(), moved));
        return OrganisationView.of(existing(intoId));
    }

    /** The other names the organisation is known by, alphabetically. */
    @Transactional(readOnly = true)
    public List<String> aliasesOf(long organisationId) {
        return jdbc.queryForList(
                "select alias from organisation_alias where organisation_id = ? order by lower(alias)",
                String.class,
                organisationId);
    }

    /** The merges into this organisation, latest first. */
    @Transactional(readOnly = true)
    public List<MergeRecord> mergesInto(long organisationId) {
        return jdbc.query(
                """
                select merged_acronym, merged_full_name, merged_by, merged_at, references_moved
                  from organisation_merge where into_id = ? order by merged_at desc, id desc""",
                (rs, i) -> new MergeRecord(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getInt(5)),
                organisationId);
    }

    /** The organisations a merge may go into: all but this one and its parts, by acronym. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public List<OrganisationView> targetsFor(long organisationId) {
        var excluded = MergeRules.descendantsOf(organisationId, parents());
        return organisations.findAllByAcronym().stream()
                .filter(o -> o.getId() != organisationId && !excluded.contains(o.getId()))
                .map(OrganisationView::of)
                .toList();
    }

    private Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        jdbc.query("select id, parent_id from organisation", rs -> {
            long parent = rs.getLong(2);
            parents.put(rs.getLong(1), rs.wasNull() ? null : parent);
        });
        return parents;
    }

    private Organisation existing(long organisationId) {
        return organisations
                .findById(organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation", organisationId));
    }
}
