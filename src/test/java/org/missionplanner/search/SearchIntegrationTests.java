package org.missionplanner.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Search through the page and the API: every kind is found with its link, English and French
 * stemming without accents, ranking, permissions as on the pages, bad input, and the index in step
 * with an edit made through the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService userDetails;

    SearchWorld mine;
    SearchWorld other;
    long reviewerId;
    String reviewer;

    @BeforeAll
    void createWorlds() {
        mine = SearchWorld.create(jdbc, encoder);
        other = SearchWorld.create(jdbc, encoder);
        reviewer = TestUsers.uniqueName("search-reviewer");
        reviewerId = new TestUsers(jdbc, encoder).create(reviewer, "HQ_REVIEWER", "Search-Test-Passphrase-1");
    }

    @AfterAll
    void deleteWorlds() {
        mine.delete(jdbc);
        other.delete(jdbc);
        jdbc.update("delete from app_user where id = ?", reviewerId);
    }

    private RequestPostProcessor planner() {
        return user(userDetails.loadUserByUsername(mine.world().plannerUsername()));
    }

    private RequestPostProcessor asReviewer() {
        return user(userDetails.loadUserByUsername(reviewer));
    }

    private String api(String query, RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/api/v1/search").param("q", query).with(who))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<Map<String, Object>> items(String json) {
        return JsonPath.read(json, "$.items");
    }

    @Test
    void findsEveryKindWithItsLinkAndMission() throws Exception {
        long mission = mine.world().missionId();
        long plan = mine.planId();
        Map<String, String> expected = Map.ofEntries(
                Map.entry("MISSION", "/missions/" + mission),
                Map.entry("RESOLUTION", "/missions/" + mission + "/mandate#resolution-"),
                Map.entry(
                        "UNIT",
                        "/missions/" + mission + "/structure/units/"
                                + mine.world().ddrUnitId()),
                Map.entry("ORGANISATION", "/organisations/" + mine.world().organisationId()),
                Map.entry("PARTNERSHIP", "/missions/" + mission + "/partners/partnerships/"),
                Map.entry("PLAN", "/plans/" + plan),
                Map.entry("OBJECTIVE", "/plans/" + plan + "/objectives/" + mine.objectiveId() + "/outline"),
                Map.entry("RESULT", "/plans/" + plan + "/objectives/" + mine.objectiveId() + "/outline#result-"),
                Map.entry("INDICATOR", "/plans/" + plan + "/indicators/"),
                Map.entry("TASK", "/plans/" + plan + "/tasks/" + mine.taskId() + "/in-outline"),
                Map.entry("RISK", "/plans/" + plan + "/risks#risk-"),
                Map.entry("MEETING", "/missions/" + mission + "/coordination/bodies/"),
                Map.entry("DECISION", "/missions/" + mission + "/coordination/bodies/"),
                Map.entry("ACTION_ITEM", "/missions/" + mission + "/coordination/bodies/"),
                Map.entry("COMMENT", "/plans/" + plan + "/review#comment-" + mine.commentId()));
        assertThat(expected).hasSize(SearchKind.values().length);

        for (SearchKind kind : SearchKind.values()) {
            String word = kind.name().charAt(0)
                    + kind.name().substring(1).toLowerCase().replace("_item", "");
            var hits = items(api(word + "word " + mine.token(), planner()));
            assertThat(hits).as(kind.name()).hasSize(1);
            var hit = hits.get(0);
            assertThat(hit.get("kind")).as(kind.name()).isEqualTo(kind.name());
            assertThat((String) hit.get("link")).as(kind.name()).startsWith(expected.get(kind.name()));
            assertThat((String) hit.get("title") + " " + hit.get("snippet")).containsIgnoringCase(mine.token());
            assertThat(hit).containsKeys("kind", "title", "snippet", "link", "missionId");
            if (kind == SearchKind.ORGANISATION) {
                assertThat(hit.get("missionId")).isNull();
            } else {
                assertThat(((Number) hit.get("missionId")).longValue())
                        .as(kind.name())
                        .isEqualTo(mission);
            }
        }
    }

    @Test
    void theResultsPageGroupsByKindAndMarksTheMatchedWordsWithoutWritingUserTextAsHtml() throws Exception {
        jdbc.update(
                "update plan_risk set dilemma = null, mitigation = ? where plan_id = ?",
                "<script>alert(1)</script> Riskword 5 < 6 & \"quoted\" " + mine.token(),
                mine.planId());
        mvc.perform(get("/search").param("q", mine.token()).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-kind=\"TASK\"")))
                .andExpect(content().string(containsString("data-kind=\"COMMENT\"")))
                .andExpect(content().string(containsString("<mark>" + mine.token() + "</mark>")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("Riskword 5 &lt; 6 &amp; &quot;quoted&quot; <mark>")))
                .andExpect(content()
                        .string(containsString(
                                "href=\"/plans/" + mine.planId() + "/tasks/" + mine.taskId() + "/in-outline\"")));
        mvc.perform(get("/search").param("q", mine.token()).param("lang", "fr").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tâches")));
    }

    @Test
    void aPlannerNeverSeesAnotherMissionsHitsAndAReviewerSeesAll() throws Exception {
        var mineHits = items(api("Taskword " + other.token(), planner()));
        assertThat(mineHits).isEmpty();
        assertThat(items(api("Commentword " + other.token(), planner()))).isEmpty();
        mvc.perform(get("/search").param("q", other.token()).with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-kind=\"ORGANISATION\"")))
                .andExpect(content().string(not(containsString("data-kind=\"TASK\""))));
        // everything the planner finds for the other world's word is the organisation registry's
        var found = items(api(other.token(), planner()));
        assertThat(found).extracting(h -> h.get("kind")).containsOnly("ORGANISATION");

        var reviewerHits = items(api("Taskword " + other.token(), asReviewer()));
        assertThat(reviewerHits).hasSize(1);
        assertThat(((Number) reviewerHits.get(0).get("missionId")).longValue())
                .isEqualTo(other.world().missionId());
        assertThat(items(api("Commentword " + other.token(), asReviewer()))).hasSize(1);
    }

    @Test
    void stemsEnglishAndFrenchAndIgnoresAccents() throws Exception {
        String word = SearchWorld.newWord();
        long plan = mine.planId();
        jdbc.update(
                """
                insert into plan_task (plan_id, position, title) values
                    (?, 10, ?), (?, 11, ?), (?, 12, ?)""",
                plan,
                "Support the elections " + word,
                plan,
                "Appui à l’élection présidentielle " + word,
                plan,
                "Réforme des forces armées " + word);
        try {
            var titles = titles(api("election " + word, planner()));
            assertThat(titles).anyMatch(t -> t.contains("elections")).anyMatch(t -> t.contains("élection"));
            assertThat(titles(api("élections " + word, planner())))
                    .anyMatch(t -> t.contains("elections"))
                    .anyMatch(t -> t.contains("élection"));
            assertThat(titles(api("reforme " + word, planner()))).anyMatch(t -> t.startsWith("Réforme"));
            assertThat(titles(api("présidentielles " + word, planner()))).anyMatch(t -> t.contains("présidentielle"));
        } finally {
            jdbc.update("delete from plan_task where plan_id = ? and position >= 10", plan);
        }
    }

    @Test
    void ranksATitleMatchAboveATextMatch() throws Exception {
        String word = SearchWorld.newWord();
        long plan = mine.planId();
        jdbc.update("""
                insert into plan_task (plan_id, position, title, description) values
                    (?, 20, 'Mentions it in the text only', ?), (?, 21, ?, 'Nothing more')""", plan, "Background on " + word, plan, "Lead on " + word);
        try {
            var hits = items(api(word, planner()));
            assertThat(hits)
                    .extracting(h -> h.get("title"))
                    .containsExactly("Lead on " + word, "Mentions it in the text only");
            assertThat(((Number) hits.get(0).get("rank")).doubleValue())
                    .isGreaterThan(((Number) hits.get(1).get("rank")).doubleValue());
            assertThat((String) hits.get(1).get("snippet")).contains(word);
        } finally {
            jdbc.update("delete from plan_task where plan_id = ? and position >= 20", plan);
        }
    }

    @Test
    void anEmptyQueryFindsNothingWithoutAnError() throws Exception {
        mvc.perform(get("/api/v1/search").with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/v1/search").param("q", "   ").with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/search").param("q", "").with(planner()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Type one or more words to search.")));
        mvc.perform(get("/search").with(planner())).andExpect(status().isOk());
    }

    @Test
    void aVeryLongQueryIsRefusedWithAClearMessage() throws Exception {
        String longQuery = "a".repeat(10_000);
        mvc.perform(get("/api/v1/search").param("q", longQuery).with(planner()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The search text is too long: at most 200 characters."));
        mvc.perform(get("/search").param("q", longQuery).with(planner()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The search text is too long: at most 200 characters.")));
        mvc.perform(get("/api/v1/search").param("q", "DDR " + "b".repeat(195)).with(planner()))
                .andExpect(status().isOk());
    }

    @Test
    void operatorsQuotesAndBackslashesAreWordsNotSyntax() throws Exception {
        String token = mine.token();
        for (String query : List.of(
                "Taskword & " + token,
                "Taskword | " + token,
                "!Taskword " + token,
                "Taskword:* " + token,
                token + ":*",
                "'" + token + "'",
                "\"Taskword DDR\" " + token,
                "\"unclosed " + token,
                token + " \\",
                "\\'; drop table search_document; -- " + token,
                "(" + token + ")",
                "((( " + token,
                "& | ! :* ( ) ' \" \\",
                "-",
                "or",
                token + " <-> Taskword",
                "%_ " + token)) {
            String json = mvc.perform(get("/api/v1/search").param("q", query).with(planner()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat((List<?>) JsonPath.read(json, "$.items")).as(query).isNotNull();
            mvc.perform(get("/search").param("q", query).with(planner())).andExpect(status().isOk());
        }
        assertThat(items(api("\"Taskword DDR\" " + token, planner())))
                .extracting(h -> h.get("kind"))
                .containsExactly("TASK");
        assertThat(items(api("Taskword & " + token, planner()))).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from search_document", Long.class))
                .isPositive();
    }

    @Test
    void oneKindListsMoreAndUnknownKindsAreIgnored() throws Exception {
        mvc.perform(get("/api/v1/search")
                        .param("q", mine.token())
                        .param("kind", "task")
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups.length()").value(1))
                .andExpect(jsonPath("$.items[0].kind").value("TASK"));
        mvc.perform(get("/api/v1/search")
                        .param("q", mine.token())
                        .param("kind", "nonsense")
                        .with(planner()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups.length()").value(SearchKind.values().length));
    }

    @Test
    void theIndexFollowsATaskEditedThroughTheApi() throws Exception {
        String before = SearchWorld.newWord();
        String after = SearchWorld.newWord();
        long plan = mine.planId();
        long task = jdbc.queryForObject(
                """
                insert into plan_task (plan_id, objective_id, position, title, lead_unit_id)
                values (?, ?, 30, ?, ?) returning id""",
                Long.class,
                plan,
                mine.objectiveId(),
                "Vet recruits " + before,
                mine.world().policeUnitId());
        try {
            assertThat(items(api(before, planner()))).hasSize(1);
            mvc.perform(put("/api/v1/plans/" + plan + "/tasks/" + task)
                            .with(csrf())
                            .with(planner())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"title": "Vet and train recruits %s", "objectiveId": %d, "lead": "unit-%d",
                                     "supporters": [], "status": "ON_TRACK", "version": 0}""".formatted(
                                    after, mine.objectiveId(), mine.world().policeUnitId())))
                    .andExpect(status().isOk());
            assertThat(items(api(before, planner()))).isEmpty();
            var hits = items(api(after, planner()));
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).get("title")).isEqualTo("Vet and train recruits " + after);
            assertThat(hits.get(0).get("link")).isEqualTo("/plans/" + plan + "/tasks/" + task + "/in-outline");

            jdbc.update("delete from plan_task where id = ?", task);
            assertThat(items(api(after, planner()))).isEmpty();
        } finally {
            jdbc.update("delete from plan_task where id = ?", task);
        }
    }

    private static List<String> titles(String json) {
        return items(json).stream().map(h -> (String) h.get("title")).toList();
    }
}
