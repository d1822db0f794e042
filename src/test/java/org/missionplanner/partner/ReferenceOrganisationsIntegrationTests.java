package org.missionplanner.partner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/** The reference organisations of migration V9: loaded in every profile, mapped to kinds, with parents. */
@SpringBootTest
@AutoConfigureMockMvc
class ReferenceOrganisationsIntegrationTests {

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadsBothSourcesAndTheOrganisationsTheBriefNames() {
        assertThat(count("source <> 'USER'")).isGreaterThan(200);
        assertThat(count("source = 'UN_SYSTEM_ENTITIES'")).isGreaterThan(100);
        assertThat(count("source = 'ECB_INTERNATIONAL_ORGANISATIONS'")).isGreaterThan(150);
        // demo data may add organisations of the brief that the registry lacks; the migration brings these ten,
        // of which the demo data merges "World Bank" into the World Bank Group, whose alias it becomes
        assertThat(count("source = 'DOMAIN_BRIEF' and acronym in ('OSCE', 'ECOMOG', 'IGAD', 'SADC', 'KFOR', 'ISAF', "
                        + "'INTERFET', 'Operation Turquoise', 'EUFOR Chad/CAR')"))
                .isEqualTo(9);
        assertThat(jdbc.queryForList(
                        "select o.acronym from organisation_alias a join organisation o on o.id = a.organisation_id"
                                + " where a.alias = 'World Bank'",
                        String.class))
                .containsExactly("WORLD BANK GROUP");
    }

    @Test
    void mapsOrganisationsToTheirKinds() {
        assertThat(kindOf("DPO")).isEqualTo(OrganisationKind.UN_SECRETARIAT);
        assertThat(kindOf("OCHA")).isEqualTo(OrganisationKind.UN_SECRETARIAT);
        assertThat(kindOf("UNDP")).isEqualTo(OrganisationKind.UN_AGENCY_FUND_PROGRAMME);
        assertThat(kindOf("WHO")).isEqualTo(OrganisationKind.UN_AGENCY_FUND_PROGRAMME);
        assertThat(kindOf("IMF")).isEqualTo(OrganisationKind.INTERNATIONAL_FINANCIAL_INSTITUTION);
        assertThat(kindOf("AfDB")).isEqualTo(OrganisationKind.INTERNATIONAL_FINANCIAL_INSTITUTION);
        assertThat(kindOf("WORLD BANK GROUP")).isEqualTo(OrganisationKind.INTERNATIONAL_FINANCIAL_INSTITUTION);
        assertThat(kindOf("AU")).isEqualTo(OrganisationKind.REGIONAL_ORGANISATION);
        assertThat(kindOf("OSCE")).isEqualTo(OrganisationKind.REGIONAL_ORGANISATION);
        assertThat(kindOf("IGAD")).isEqualTo(OrganisationKind.REGIONAL_ORGANISATION);
        assertThat(kindOf("SADC")).isEqualTo(OrganisationKind.REGIONAL_ORGANISATION);
        assertThat(kindOf("INTERFET")).isEqualTo(OrganisationKind.COALITION_OR_STATE);
        assertThat(kindOf("Operation Turquoise")).isEqualTo(OrganisationKind.COALITION_OR_STATE);
        assertThat(kindOf("UNMIK")).isEqualTo(OrganisationKind.OTHER);
    }

    @Test
    void linksOperationsToTheOrganisationsThatRunThem() {
        assertThat(parentOf("KFOR")).isEqualTo("NATO");
        assertThat(kindOf("KFOR")).isEqualTo(OrganisationKind.COALITION_OR_STATE);
        assertThat(parentOf("ISAF")).isEqualTo("NATO");
        assertThat(parentOf("ECOMOG")).isEqualTo("ECOWAS");
        assertThat(parentOf("EUFOR Chad/CAR")).isEqualTo("EU");
        assertThat(parentOf("EEAS")).isEqualTo("EU");
        assertThat(parentOf("IBRD")).isEqualTo("WORLD BANK GROUP");
        assertThat(parentOf("IDA")).isEqualTo("WORLD BANK GROUP");
    }

    @Test
    void marksTheHumanitarianActors() {
        for (String acronym : new String[] {"OCHA", "UNHCR", "WFP", "UNICEF", "ICRC", "IOM"}) {
            assertThat(only(acronym).isHumanitarian()).as(acronym).isTrue();
        }
        assertThat(only("DPO").isHumanitarian()).isFalse();
        assertThat(only("NATO").isHumanitarian()).isFalse();
    }

    @Test
    void keepsOneRowPerOrganisationWhereTheSourcesOverlap() {
        assertThat(organisations.findByAcronym("UNHCR")).hasSize(1);
        assertThat(organisations.findByAcronym("IMF")).hasSize(1);
        assertThat(organisations.findByAcronym("UNICEF"))
                .singleElement()
                .extracting(Organisation::getSource)
                .isEqualTo("UN_SYSTEM_ENTITIES");
        // two different organisations share ECA: the UN Economic Commission for Africa and the European Court of
        // Auditors
        assertThat(organisations.findByAcronym("ECA")).hasSize(2);
    }

    private long count(String where) {
        return jdbc.queryForObject("select count(*) from organisation where " + where, Long.class);
    }

    private Organisation only(String acronym) {
        var found = organisations.findByAcronym(acronym).stream()
                .filter(o -> !o.getSource().equals("USER"))
                .toList();
        assertThat(found).as(acronym).hasSize(1);
        return found.get(0);
    }

    private OrganisationKind kindOf(String acronym) {
        return only(acronym).getKind();
    }

    private String parentOf(String acronym) {
        Long parentId = only(acronym).getParentId();
        assertThat(parentId).as("parent of " + acronym).isNotNull();
        return organisations.findById(parentId).orElseThrow().getAcronym();
    }
}
