package org.missionplanner.partner;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and partnerships the system itself records (demo data); not reachable from any web endpoint. */
@Service
@Transactional
public class PartnershipSeeding {

    private final OrganisationRepository organisations;
    private final PartnershipRepository partnerships;
    private final JdbcTemplate jdbc;

    private final OrganisationMerging merging;

    PartnershipSeeding(
            OrganisationRepository organisations,
            PartnershipRepository partnerships,
            JdbcTemplate jdbc,
            OrganisationMerging merging) {
        this.merging = merging;
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.jdbc = jdbc;
    }

    /**
     * The id of the first organisation found under one of the acronyms (in the order given), as its
     * acronym or as one of its aliases (a merged duplicate), or of a new one registered under the first
     * acronym with source DOMAIN_BRIEF.
     */
    public long organisationIfAbsent(
            List<String> acronyms, String fullName, OrganisationKind kind, boolean humanitarian) {
        for (String acronym : acronyms) {
            var found = organisations.findByAcronym(acronym);
            if (!found.isEmpty()) {
                return found.get(0).getId();
            }
            var aliased = jdbc.queryForList(
                    "select organisation_id from organisation_alias where lower(alias) = lower(?) order by organisation_id",
                    Long.class,
                    acronym);
            if (!aliased.isEmpty()) {
                return aliased.get(0);
            }
        }
        return jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind, humanitarian, source)
                values (?, ?, ?, ?, 'DOMAIN_BRIEF') returning id""", Long.class, acronyms.get(0), fullName, kind.name(), humanitarian);
    }

    /**
     * Places {@code partAcronym} under {@code parentAcronym} (both of the kind), when both exist;
     * true when it changed something.
     */
    public boolean makePart(OrganisationKind kind, String partAcronym, String parentAcronym) {
        var part = organisations.findByKindAndAcronym(kind, partAcronym);
        var parent = organisations.findByKindAndAcronym(kind, parentAcronym);
        if (part.isEmpty()
                || parent.isEmpty()
                || parent.get().getId().equals(part.get().getParentId())) {
            return false;
        }
        return jdbc.update(
                        "update organisation set parent_id = ? where id = ?",
                        parent.get().getId(),
                        part.get().getId())
                > 0;
    }

    /**
     * Merges the duplicate organisation of the kind into the one that stays, as an administrator's
     * merge does (references moved, names kept as aliases, recorded in the name of "system"), when
     * both exist; true when it merged.
     */
    public boolean mergeDuplicate(OrganisationKind kind, String duplicateAcronym, String intoAcronym) {
        var duplicate = organisations.findByKindAndAcronym(kind, duplicateAcronym);
        var into = organisations.findByKindAndAcronym(kind, intoAcronym);
        if (duplicate.isEmpty()
                || into.isEmpty()
                || duplicate.get().getId().equals(into.get().getId())) {
            return false;
        }
        merging.mergeUnchecked(duplicate.get().getId(), into.get().getId());
        return true;
    }

    /** Records the partnership unless the mission already has one with this organisation and arrangement. */
    public boolean addIfAbsent(long missionId, PartnershipDetails details) {
        if (!partnerships
                .findSameArrangement(missionId, details.organisationId(), details.arrangement())
                .isEmpty()) {
            return false;
        }
        boolean humanitarian =
                organisations.findById(details.organisationId()).orElseThrow().isHumanitarian();
        partnerships.save(new Partnership(missionId, details, humanitarian));
        return true;
    }
}
