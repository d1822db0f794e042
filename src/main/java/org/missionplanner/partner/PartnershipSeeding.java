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

    PartnershipSeeding(OrganisationRepository organisations, PartnershipRepository partnerships, JdbcTemplate jdbc) {
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.jdbc = jdbc;
    }

    /**
     * The id of the first organisation found under one of the acronyms (in the order given), or of a
     * new one registered under the first acronym with source DOMAIN_BRIEF.
     */
    public long organisationIfAbsent(
            List<String> acronyms, String fullName, OrganisationKind kind, boolean humanitarian) {
        for (String acronym : acronyms) {
            var found = organisations.findByAcronym(acronym);
            if (!found.isEmpty()) {
                return found.get(0).getId();
            }
        }
        return jdbc.queryForObject("""
                insert into organisation (acronym, full_name, kind, humanitarian, source)
                values (?, ?, ?, ?, 'DOMAIN_BRIEF') returning id""", Long.class, acronyms.get(0), fullName, kind.name(), humanitarian);
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
