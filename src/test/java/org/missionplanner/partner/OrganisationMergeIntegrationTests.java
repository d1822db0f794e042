package org.missionplanner.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Merging a duplicate organisation on PostgreSQL: every reference moves (found in the catalog),
 * lists keep the organisation once, names become aliases, the merge is recorded; a refused merge
 * saves nothing; only administrators merge, on the pages and over the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationMergeIntegrationTests {

    @Autowired
    OrganisationMerging merging;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    long mission;
    long duplicate;
    long survivor;
    long part;
    long task;
    long unit;
    final List<Long> organisations = new ArrayList<>();

    @BeforeEach
    void duplicateWithReferences() {
        mission = new TestUsers(jdbc, null).createMission(TestUsers.uniqueName("MG"));
        survivor = organisation("Survivor", null);
        duplicate = organisation("Duplicate", null);
        part = organisation("Part", duplicate);
        jdbc.update("insert into organisation_alias (organisation_id, alias) values (?, 'Old name')", duplicate);
        unit = jdbc.queryForObject("""
                insert into org_unit (mission_id, unit_type, name, category)
                values (?, 'HEAD_OF_MISSION', 'SRSG', 'LEADERSHIP') returning id""", Long.class, mission);
        long plan = jdbc.queryForObject("""
                insert into plan (mission_id, kind, title, period_start, period_end, status, version)
                values (?, 'INTEGRATED_STRATEGIC_FRAMEWORK', 'Merge plan', date '2026-01-01', date '2027-12-31',
                        'DRAFT', 0) returning id""", Long.class, mission);
        task = jdbc.queryForObject("""
                insert into plan_task (plan_id, position, title, lead_organisation_id, status, version)
                values (?, 1, 'Demobilise', ?, 'ON_TRACK', 0) returning id""", Long.class, plan, duplicate);
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, organisation_id) values (?, 0, ?)",
                task,
                survivor);
        jdbc.update("insert into plan_task_supporter (task_id, position, unit_id) values (?, 1, ?)", task, unit);
        jdbc.update(
                "insert into plan_task_supporter (task_id, position, organisation_id) values (?, 2, ?)",
                task,
                duplicate);
    }

    @AfterEach
    void cleanUp() {
        SecurityContextHolder.clearContext();
        jdbc.update("delete from plan where mission_id = ?", mission);
        jdbc.update("delete from mission where id = ?", mission);
        jdbc.update("delete from organisation where parent_id = any (?)", (Object) organisations.toArray(Long[]::new));
        jdbc.update("delete from organisation where id = any (?)", (Object) organisations.toArray(Long[]::new));
        jdbc.update(
                "delete from organisation_merge where into_id = any (?)", (Object) organisations.toArray(Long[]::new));
    }

    @Test
    void everyReferenceMovesTheNamesBecomeAliasesAndTheMergeIsRecorded() {
        signIn("ROLE_ADMINISTRATOR");
        var preview = merging.preview(duplicate, survivor);
        // lead, supporter, the part's parent, the alias
        assertThat(preview.references()).isEqualTo(4);
        String duplicateAcronym = acronym(duplicate);

        var result = merging.merge(duplicate, survivor, version(duplicate));

        assertThat(result.id()).isEqualTo(survivor);
        assertThat(count("select count(*) from organisation where id = ?", duplicate))
                .isZero();
        assertThat(jdbc.queryForObject("select lead_organisation_id from plan_task where id = ?", Long.class, task))
                .isEqualTo(survivor);
        assertThat(jdbc.queryForList(
                        "select position || ':' || coalesce('unit-' || unit_id, 'organisation-' || organisation_id)"
                                + " from plan_task_supporter where task_id = ? order by position",
                        String.class,
                        task))
                .as("the survivor now leads the task, so it is no longer its supporter")
                .containsExactly("0:unit-" + unit);
        assertThat(jdbc.queryForObject("select parent_id from organisation where id = ?", Long.class, part))
                .isEqualTo(survivor);
        assertThat(merging.aliasesOf(survivor))
                .containsExactlyInAnyOrder(duplicateAcronym, "Duplicate organisation", "Old name");
        assertThat(merging.mergesInto(survivor)).singleElement().satisfies(m -> {
            assertThat(m.mergedAcronym()).isEqualTo(duplicateAcronym);
            assertThat(m.mergedBy()).isEqualTo("merging-admin");
            assertThat(m.referencesMoved()).isEqualTo(4);
            assertThat(m.mergedAt()).isNotNull();
        });
        assertThat(jdbc.queryForMap(
                        "select actor_username, old_value, new_value, detail from audit_event"
                                + " where event_type = 'ORGANISATION_MERGED' and old_value = ?",
                        duplicateAcronym))
                .as("the merge is in the audit log")
                .containsEntry("actor_username", "merging-admin")
                .containsEntry("new_value", acronym(survivor))
                .containsEntry("detail", "4");
    }

    @Test
    void aMergeLeavesNoTaskWithItsLeadAsSupporterNorAnySupporterTwice() {
        signIn("ROLE_ADMINISTRATOR");
        long plan = jdbc.queryForObject("select plan_id from plan_task where id = ?", Long.class, task);
        // the survivor leads, the duplicate supports
        long survivorLeads = jdbc.queryForObject("""
                insert into plan_task (plan_id, position, title, lead_organisation_id, status, version)
                values (?, 2, 'Reform the police', ?, 'ON_TRACK', 0) returning id""", Long.class, plan, survivor);
        supporters(survivorLeads, "unit-" + unit, "organisation-" + duplicate);
        // a unit leads; the duplicate, then the survivor, then the duplicate again support
        long unitLeads = jdbc.queryForObject("""
                insert into plan_task (plan_id, position, title, lead_unit_id, status, version)
                values (?, 3, 'Hold elections', ?, 'ON_TRACK', 0) returning id""", Long.class, plan, unit);
        supporters(unitLeads, "organisation-" + duplicate, "organisation-" + survivor, "organisation-" + duplicate);

        merging.merge(duplicate, survivor, version(duplicate));

        assertThat(supportersOf(survivorLeads))
                .as("the merged supporter became the lead: dropped")
                .containsExactly("0:unit-" + unit);
        assertThat(supportersOf(unitLeads))
                .as("the survivor once, at the first place either held")
                .containsExactly("0:organisation-" + survivor);
        assertThat(jdbc.queryForObject("""
                        select count(*) from plan_task_supporter s join plan_task t on t.id = s.task_id
                         where s.organisation_id = t.lead_organisation_id and t.plan_id = ?""", Integer.class, plan))
                .as("no task of the plan has its lead among its supporters")
                .isZero();
    }

    private void supporters(long taskId, String... parties) {
        for (int i = 0; i < parties.length; i++) {
            String[] key = parties[i].split("-");
            jdbc.update(
                    "insert into plan_task_supporter (task_id, position, " + key[0] + "_id) values (?, ?, ?)",
                    taskId,
                    i,
                    Long.parseLong(key[1]));
        }
    }

    private List<String> supportersOf(long taskId) {
        return jdbc.queryForList(
                "select position || ':' || coalesce('unit-' || unit_id, 'organisation-' || organisation_id)"
                        + " from plan_task_supporter where task_id = ? order by position",
                String.class,
                taskId);
    }

    @Test
    void mergingIntoItselfIntoAPartOrIntoNothingIsRefusedOnIntoAndNothingIsSaved() {
        signIn("ROLE_ADMINISTRATOR");
        assertRefused(() -> merging.merge(duplicate, duplicate, null), "organisation.merge.into.itself");
        assertRefused(() -> merging.merge(duplicate, part, null), "organisation.merge.into.part");
        assertRefused(() -> merging.merge(duplicate, -5L, null), "organisation.merge.into.unknown");
        assertThat(count("select count(*) from organisation where id = ?", duplicate))
                .isOne();
        assertThat(jdbc.queryForObject("select lead_organisation_id from plan_task where id = ?", Long.class, task))
                .isEqualTo(duplicate);
        assertThat(count("select count(*) from organisation_merge where merged_id = ?", duplicate))
                .isZero();
        assertThat(merging.aliasesOf(survivor)).isEmpty();
    }

    @Test
    void onlyAdministratorsMerge() {
        signIn("ROLE_HQ_REVIEWER");
        assertThatThrownBy(() -> merging.merge(duplicate, survivor, null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(count("select count(*) from organisation where id = ?", duplicate))
                .isOne();
    }

    @Test
    void theApiAnswers403ToOthers400NamingIntoAnd200WithTheSurvivor() throws Exception {
        mvc.perform(post("/api/v1/organisations/{id}/merge", duplicate)
                        .with(user("merging-planner").roles("USER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\": " + survivor + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organisations/{id}/merge", duplicate)
                        .with(user("merging-admin").roles("ADMINISTRATOR"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\": " + part + "}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("into"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("An organisation cannot be merged into one of its own parts."));
        assertThat(count("select count(*) from organisation where id = ?", duplicate))
                .isOne();
        mvc.perform(post("/api/v1/organisations/{id}/merge", duplicate)
                        .with(user("merging-admin").roles("ADMINISTRATOR"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"into\": " + survivor + ", \"version\": " + version(duplicate) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(survivor));
        assertThat(count("select count(*) from organisation where id = ?", duplicate))
                .isZero();
    }

    @Test
    void theDemoRegistryHasOneWorldBankGroupWithItsPartsAndTheDuplicateAsAnAlias() {
        long group = jdbc.queryForObject(
                "select id from organisation where acronym = 'WORLD BANK GROUP' and kind = 'INTERNATIONAL_FINANCIAL_INSTITUTION'",
                Long.class);
        assertThat(jdbc.queryForList(
                        "select acronym from organisation where parent_id = ? order by acronym", String.class, group))
                .contains("IBRD", "IDA");
        assertThat(count("select count(*) from organisation where acronym = 'World Bank'", null))
                .isZero();
        assertThat(merging.aliasesOf(group)).contains("World Bank");
        assertThat(merging.mergesInto(group))
                .extracting(OrganisationMerging.MergeRecord::mergedAcronym)
                .contains("World Bank");
    }

    private long organisation(String name, Long parent) {
        long id = jdbc.queryForObject(
                """
                insert into organisation (acronym, full_name, kind, parent_id) values (?, ?, 'OTHER', ?) returning id""",
                Long.class,
                TestUsers.uniqueName(name.substring(0, 3).toUpperCase()),
                name + " organisation",
                parent);
        organisations.add(id);
        return id;
    }

    private String acronym(long id) {
        return jdbc.queryForObject("select acronym from organisation where id = ?", String.class, id);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from organisation where id = ?", Long.class, id);
    }

    private int count(String sql, Long id) {
        return id == null ? jdbc.queryForObject(sql, Integer.class) : jdbc.queryForObject(sql, Integer.class, id);
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.field()).isEqualTo("into");
        });
    }

    private static void signIn(String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "merging-admin", null, AuthorityUtils.createAuthorityList(role)));
    }
}
