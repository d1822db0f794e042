package org.missionplanner.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.UriTemplate;

/**
 * Builds a request for an endpoint key such as "POST /admin/users/{userId}/disable": path
 * variables filled with ids of the {@link SecurityFixture}, and a form or body that the
 * endpoint accepts, so that an allowed request really does its work (and a request that
 * should have been refused would visibly change the database).
 */
final class EndpointRequests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final SecurityFixture fixture;

    EndpointRequests(SecurityFixture fixture) {
        this.fixture = fixture;
    }

    /** The default path variables: mission A, the target user, and the target user's token. */
    Map<String, Object> pathVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("missionId", fixture.missionA);
        variables.put("userId", fixture.targetUserId);
        variables.put("tokenId", fixture.targetTokenId);
        // mandate and mission import -- variables below
        variables.put("resolutionId", fixture.resolutionA);

        // --- i16 ---
        variables.put("nationalActorId", fixture.nationalActorA);
        variables.put("nationalPlanId", fixture.nationalPlanA);
        // organisations -- variables below
        variables.put("organisationId", fixture.organisationA);

        // partnerships -- variables below
        variables.put("partnershipId", fixture.partnershipA);

        // coordination -- variables below
        variables.put("bodyId", fixture.bodyA);
        variables.put("meetingId", fixture.meetingA);
        variables.put("actionItemId", fixture.actionItemA);
        variables.put("requestId", fixture.cmcoordRequestA);

        // structure -- variables below
        variables.put("unitId", fixture.structureUnitA);
        variables.put("lineId", fixture.structureLineA);

        // plans -- variables below
        variables.put("planId", fixture.planA);
        variables.put("objectiveId", fixture.objectiveA);
        variables.put("resultId", fixture.resultA);
        variables.put("indicatorId", fixture.indicatorA);
        variables.put("benchmarkId", fixture.benchmarkA);
        variables.put("taskId", fixture.taskA);
        variables.put("riskId", fixture.riskA);

        // plans: review -- variables below
        variables.put("a", 1);
        variables.put("b", 1);
        variables.put("number", 1);
        variables.put("commentId", fixture.commentA);
        variables.put("notificationId", fixture.notificationA);

        // planning calendar -- variables below
        variables.put("stageId", fixture.stageA);
        variables.put("feedId", fixture.targetFeedId);
        variables.put("secret", "mpc_unknown");

        // mail -- variables below
        variables.put("token", "unknown-unsubscribe-token");

        return variables;
    }

    /** A valid planning stage form. */
    private static MockHttpServletRequestBuilder stageForm(MockHttpServletRequestBuilder request) {
        return request.param("kind", "ISF")
                .param("startsOn", "2004-01-01")
                .param("endsOn", "2004-03-31")
                .param("owner", "Matrix owner");
    }

    /** A valid partnership form of mission A with the fixture's organisation, for one day (no overlap with others). */
    private MockHttpServletRequestBuilder partnershipForm(
            MockHttpServletRequestBuilder request, String arrangement, String day) {
        return request.param("organisationId", String.valueOf(fixture.partnerOrganisation))
                .param("arrangement", arrangement)
                .param("startDate", day)
                .param("endDate", day)
                .param("sectors", "POLITICAL")
                .param("principles[0].principle", "CONSULTATION")
                .param("principles[0].assessment", "MET");
    }

    private String partnershipJson(String arrangement, String day, Long version) {
        return """
                {"organisationId": %d, "arrangement": "%s", "startDate": "%s", "endDate": "%s",
                 "sectors": ["SECURITY"], "principles": [{"principle": "CONSULTATION", "assessment": "PARTLY_MET"}],
                 "version": %s}""".formatted(fixture.partnerOrganisation, arrangement, day, day, version);
    }

    /** A valid unit form of mission A, reporting to the fixture's head of mission. */
    private MockHttpServletRequestBuilder structureUnitForm(
            MockHttpServletRequestBuilder request, String type, String name) {
        return request.param("unitType", type)
                .param("name", name)
                .param("reportsToId", String.valueOf(fixture.structureHeadA))
                .param("posts[0].category", "MILITARY")
                .param("posts[0].authorised", "3")
                .param("posts[0].filled", "2");
    }

    private static String organisationJson(String acronym, Long version) {
        return "{\"acronym\":\"" + acronym + "\",\"fullName\":\"Matrix organisation\",\"kind\":\"OTHER\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    /** A valid coordination body form of mission A, chaired by the fixture's head of mission. */
    private MockHttpServletRequestBuilder coordinationBodyForm(MockHttpServletRequestBuilder request, String name) {
        return request.param("kind", "SECURITY_MANAGEMENT_TEAM")
                .param("name", name)
                .param("chair", "unit-" + fixture.structureHeadA)
                .param("members", "unit-" + fixture.structureUnitA)
                .param("meetingFrequency", "MONTHLY");
    }

    /** A valid meeting record of mission A with one decision and one action item owned by the fixture's JMAC. */
    private MockHttpServletRequestBuilder meetingForm(MockHttpServletRequestBuilder request) {
        return request.param("heldOn", "2026-03-01")
                .param("attendees", "unit-" + fixture.structureHeadA)
                .param("decisions[0]", "A decision of a security test")
                .param("actions[0].description", "An action of a security test")
                .param("actions[0].owner", "unit-" + fixture.structureUnitA)
                .param("actions[0].dueOn", "2026-04-01");
    }

    // plans: API -- request bodies below
    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String planApiJson(String title, Long version) {
        return """
                {"kind": "TRANSITION_PLAN", "title": "%s", "periodStart": "2026-01-01", "periodEnd": "2027-12-31",
                 "sharedVision": "Written by a security test", "version": %s}""".formatted(title, version);
    }

    private static String objectiveApiJson(String title, Long version) {
        return """
                {"title": "%s", "dimension": "RULE_OF_LAW", "version": %s}""".formatted(title, version);
    }

    private String resultApiJson(String title, Long version) {
        return """
                {"objectiveId": %d, "title": "%s", "version": %s}""".formatted(fixture.objectiveA, title, version);
    }

    private String indicatorApiJson(String definition, Long version) {
        return """
                {"resultId": %d, "definition": "%s", "unit": "people", "baselineValue": 0, "baselineOn": "2026-01-01",
                 "targetValue": 50, "targetOn": "2027-06-30", "frequency": "ANNUAL", "version": %s}""".formatted(fixture.resultA, definition, version);
    }

    private String benchmarkApiJson(String description, Long version) {
        return """
                {"objectiveId": %d, "description": "%s", "dueOn": "2027-03-31", "transition": true, "version": %s}""".formatted(fixture.objectiveA, description, version);
    }

    private String taskApiJson(String title, Long version) {
        return """
                {"title": "%s", "resultId": %d, "lead": "unit-%d", "supporters": ["unit-%d"],
                 "fundingSource": "VOLUNTARY", "amount": 2500, "currency": "USD", "startOn": "2026-03-01",
                 "endOn": "2026-09-30", "horizon": "POLITICAL_TIMETABLE", "status": "ON_TRACK", "version": %s}""".formatted(title, fixture.resultA, fixture.structureHeadA, fixture.structureUnitA, version);
    }

    private String riskApiJson(String description, Long version) {
        return """
                {"description": "%s", "dilemma": "LOCAL_OWNERSHIP", "likelihood": "HIGH", "impact": "MEDIUM",
                 "owner": "unit-%d", "version": %s}""".formatted(description, fixture.structureUnitA, version);
    }

    /** A valid plan header form for mission A. */
    private static MockHttpServletRequestBuilder planForm(MockHttpServletRequestBuilder request, String title) {
        return request.param("kind", "TRANSITION_PLAN")
                .param("title", title)
                .param("periodStart", "2026-01-01")
                .param("periodEnd", "2027-12-31")
                .param("sharedVision", "Written by a security test");
    }

    MockHttpServletRequestBuilder build(String endpoint) {
        Map<String, Object> variables = pathVariables();
        if (endpoint.equals("POST /missions/{missionId}/delete")
                || endpoint.equals("DELETE /api/v1/missions/{missionId}")) {
            // deleting mission A would pull the fixture away from the following cells
            variables.put("missionId", fixture.disposableMission());
        }
        // identity: merging organisation A away would pull the fixture away; a disposable one goes into A
        if (endpoint.equals("POST /organisations/{organisationId}/merge")
                || endpoint.equals("POST /api/v1/organisations/{organisationId}/merge")) {
            variables.put("organisationId", fixture.disposableOrganisation());
        }
        return build(endpoint, variables);
    }

    private long missionVersion(long missionId) {
        return fixture.missionVersion(missionId);
    }

    private static MockHttpServletRequestBuilder missionForm(
            MockHttpServletRequestBuilder request, String acronym, Long version) {
        request.param("acronym", acronym)
                .param("fullName", "Mission written by a security test")
                .param("type", "MULTIDIMENSIONAL_PKO")
                .param("phase", "START_UP")
                .param("ochaPosition", "BOTH_FEET_IN")
                .param("hostCountries", "LR");
        return version == null ? request : request.param("version", String.valueOf(version));
    }

    private static String missionJson(String acronym, Long version) {
        return """
                {"acronym": "%s", "fullName": "Mission written by a security test", "type": "MULTIDIMENSIONAL_PKO",
                 "phase": "START_UP", "ochaPosition": "BOTH_FEET_IN", "hostCountries": ["LR"], "version": %s}
                """.formatted(acronym, version == null ? "null" : version);
    }

    MockHttpServletRequestBuilder build(String endpoint, Map<String, Object> pathVariables) {
        return withContent(endpoint, request(Endpoints.method(endpoint), uri(endpoint, pathVariables)));
    }

    /** The endpoint's pattern with its path variables filled in. */
    static URI uri(String endpoint, Map<String, Object> pathVariables) {
        var template = new UriTemplate(Endpoints.pattern(endpoint));
        for (String name : template.getVariableNames()) {
            if (!pathVariables.containsKey(name)) {
                throw new IllegalStateException("No fixture value for {" + name + "} of " + endpoint
                        + ": add one to EndpointRequests.pathVariables()");
            }
        }
        return template.expand(pathVariables);
    }

    private MockHttpServletRequestBuilder withContent(String endpoint, MockHttpServletRequestBuilder request) {
        int n = SEQUENCE.incrementAndGet();
        return switch (endpoint) {
            case "POST /account/password" ->
                request.param("currentPassword", SecurityFixture.PASSWORD)
                        .param("newPassword", "Changed-Passphrase-" + n)
                        .param("confirmPassword", "Changed-Passphrase-" + n);
            case "POST /account/tokens" -> request.param("name", "page token " + n);
            case "POST /api/v1/tokens" ->
                request.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"api token " + n + "\"}");
            case "POST /missions/{missionId}/members" ->
                request.param("username", fixture.targetUsername).param("role", "PLANNER");
            case "POST /admin/users" ->
                request.param("username", "mx-new-" + fixture.suffix() + "-" + n)
                        .param("displayName", "Created by a security test")
                        .param("globalRole", "USER")
                        .param("version", "0");
            case "POST /admin/users/{userId}" ->
                request.param("username", fixture.targetUsername)
                        .param("displayName", "Renamed by a security test")
                        .param("email", "")
                        .param("globalRole", "HQ_REVIEWER")
                        .param("version", String.valueOf(fixture.targetVersion()));
            case "POST /admin/users/{userId}/memberships" ->
                request.param("missionId", String.valueOf(fixture.missionB)).param("role", "PLANNER");
            // mission facts -- cases below
            case "POST /missions" -> missionForm(request, "MXN-" + fixture.suffix() + "-" + n, null);
            case "POST /missions/{missionId}" ->
                missionForm(request, fixture.acronymA, missionVersion(fixture.missionA));
            case "POST /api/v1/missions" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(missionJson("MXJ-" + fixture.suffix() + "-" + n, null));
            case "PUT /api/v1/missions/{missionId}" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(missionJson(fixture.acronymA, missionVersion(fixture.missionA)));

            // mandate and mission import -- cases below
            case "POST /missions/{missionId}/mandate/resolutions" ->
                request.param("symbol", "S/RES/" + (1000 + n % 9000) + " (2024)")
                        .param("adoptedOn", "2024-01-15")
                        .param("expiresOn", "2025-01-15")
                        .param("tasks[0].category", "ELECTIONS")
                        .param("tasks[0].modality", "ASSIST_SUPPORT")
                        .param("tasks[0].description", "Added by a security test");
            case "POST /missions/{missionId}/mandate/resolutions/{resolutionId}" ->
                request.param("symbol", "S/RES/1509 (2003)")
                        .param("adoptedOn", "2003-09-19")
                        .param("expiresOn", "2004-12-31")
                        .param("notes", "Changed by a security test")
                        .param("tasks[0].category", "DDR")
                        .param("tasks[0].modality", "IMPLEMENT_SECURE")
                        .param("version", String.valueOf(fixture.resolutionVersion()));
            case "POST /missions/{missionId}/mandate/resolutions/{resolutionId}/delete" ->
                request.param("version", String.valueOf(fixture.resolutionVersion()));
            case "POST /missions/import", "POST /api/v1/missions/import" ->
                request.contentType(MediaType.MULTIPART_FORM_DATA).with(servletRequest -> {
                    servletRequest.addPart(new MockPart(
                            "file",
                            "missions.csv",
                            fixture.importCsv().getBytes(StandardCharsets.UTF_8),
                            MediaType.parseMediaType("text/csv")));
                    return servletRequest;
                });

            // structure -- cases below
            case "POST /missions/{missionId}/structure/start" ->
                request.param("start", "GENERIC").param("replace", "true");
            case "POST /missions/{missionId}/structure/units" ->
                structureUnitForm(request, "GENDER", "Gender unit " + n);
            case "POST /missions/{missionId}/structure/units/{unitId}" ->
                structureUnitForm(request, "OTHER", "Renamed " + n).param("version", "0");
            case "POST /missions/{missionId}/structure/units/{unitId}/move" ->
                request.param("reportsToId", String.valueOf(fixture.structureOtherUnitA));
            case "POST /missions/{missionId}/structure/units/{unitId}/delete" ->
                request.param("mode", "REMOVE_SUB_UNITS");
            case "POST /missions/{missionId}/structure/units/{unitId}/lines" ->
                request.param("target", "external-ERC").param("description", "Line " + n);

            // organigram, checks, comparison
            case "GET /missions/compare" ->
                request.param("ids", String.valueOf(fixture.missionA)).param("ids", String.valueOf(fixture.missionB));
            // compare branch
            case "GET /api/v1/missions/compare" -> request.param("ids", fixture.missionA + "," + fixture.missionB);

            // organisations -- cases below
            case "POST /organisations" ->
                request.param("acronym", fixture.organisationAcronymA + "-" + n)
                        .param("fullName", "Matrix organisation " + n)
                        .param("kind", "OTHER");
            case "POST /organisations/{organisationId}" ->
                request.param("acronym", fixture.organisationAcronymA)
                        .param("fullName", "Changed by a security test")
                        .param("kind", "OTHER")
                        .param("version", String.valueOf(fixture.organisationVersion()));
            case "POST /api/v1/organisations" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(organisationJson(fixture.organisationAcronymA + "-" + n, null));
            case "PUT /api/v1/organisations/{organisationId}" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(organisationJson(fixture.organisationAcronymA, fixture.organisationVersion()));

            // identity -- cases below
            case "POST /organisations/{organisationId}/merge" ->
                request.param("into", String.valueOf(fixture.organisationA));
            case "POST /api/v1/organisations/{organisationId}/merge" ->
                request.contentType(MediaType.APPLICATION_JSON).content("{\"into\": " + fixture.organisationA + "}");
            case "POST /missions/{missionId}/members/{userId}/humanitarian-coordination" ->
                request.param("granted", "true");
            case "PUT /api/v1/missions/{missionId}/members/{userId}" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\": \"VIEWER\", \"humanitarianCoordination\": true}");
            // national
            case "POST /national-actors" ->
                request.param("name", "Matrix national actor " + n)
                        .param("kind", "MINISTRY")
                        .param("country", "TV");
            case "POST /api/v1/national-actors" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Matrix national actor API " + n
                                + "\", \"kind\": \"COMMISSION\", \"country\": \"TV\"}");
            case "POST /national-plans" ->
                request.param("country", "TV")
                        .param("title", "Matrix national plan " + n)
                        .param("periodStart", "2010-01-01")
                        .param("periodEnd", "2012-12-31")
                        .param("priorities[0].code", "1")
                        .param("priorities[0].title", "Peace");
            case "POST /api/v1/national-plans" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content("{\"country\": \"TV\", \"title\": \"Matrix national plan API " + n
                                + "\", \"periodStart\": \"2010-01-01\", \"periodEnd\": \"2012-12-31\","
                                + " \"priorities\": [{\"code\": \"1\", \"title\": \"Peace\"}]}");

            // --- i16 ---
            case "PUT /api/v1/national-actors/{nationalActorId}" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Matrix national ministry " + n
                                + "\", \"kind\": \"MINISTRY\", \"version\": " + fixture.nationalActorVersion() + "}");
            case "POST /national-actors/{nationalActorId}" ->
                request.param("name", "Matrix national ministry " + n)
                        .param("kind", "MINISTRY")
                        .param("version", String.valueOf(fixture.nationalActorVersion()));
            case "PUT /api/v1/national-plans/{nationalPlanId}" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Matrix national plan edited " + n
                                + "\", \"periodStart\": \"2010-01-01\", \"periodEnd\": \"2012-12-31\","
                                + " \"priorities\": [{\"code\": \"1\", \"title\": \"Peace\"}], \"version\": "
                                + fixture.nationalPlanVersion() + "}");
            case "POST /national-plans/{nationalPlanId}" ->
                request.param("title", "Matrix national plan edited " + n)
                        .param("periodStart", "2010-01-01")
                        .param("periodEnd", "2012-12-31")
                        .param("priorities[0].code", "1")
                        .param("priorities[0].title", "Peace")
                        .param("version", String.valueOf(fixture.nationalPlanVersion()));

            // partnerships -- cases below
            case "POST /missions/{missionId}/partners/partnerships" ->
                partnershipForm(
                        request, "OTHER", LocalDate.of(1900, 1, 1).plusDays(n).toString());
            case "POST /missions/{missionId}/partners/partnerships/{partnershipId}" ->
                partnershipForm(request, "DONOR", "2010-01-01")
                        .param("version", String.valueOf(fixture.partnershipVersion()));
            case "POST /api/v1/missions/{missionId}/partnerships" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(partnershipJson(
                                "OTHER", LocalDate.of(1900, 1, 1).plusDays(n).toString(), null));
            case "PUT /api/v1/missions/{missionId}/partnerships/{partnershipId}" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content(partnershipJson("DONOR", "2010-01-01", fixture.partnershipVersion()));

            // coordination -- cases below
            // planning calendar -- requests below
            case "POST /missions/{missionId}/calendar/stages" -> stageForm(request);
            case "POST /missions/{missionId}/calendar/stages/{stageId}" ->
                stageForm(request).param("version", "0");
            case "POST /missions/{missionId}/calendar/stages/{stageId}/delete" -> request.param("version", "0");
            case "POST /missions/{missionId}/coordination/bodies" -> coordinationBodyForm(request, "Body " + n);
            case "POST /missions/{missionId}/coordination/bodies/{bodyId}" ->
                coordinationBodyForm(request, "Renamed " + n).param("version", "0");
            case "POST /missions/{missionId}/coordination/bodies/{bodyId}/delete" -> request.param("version", "0");
            case "POST /missions/{missionId}/coordination/bodies/{bodyId}/meetings" -> meetingForm(request);
            case "POST /missions/{missionId}/coordination/bodies/{bodyId}/meetings/{meetingId}" ->
                meetingForm(request)
                        .param("actions[0].id", String.valueOf(fixture.actionItemA))
                        .param("version", "0");
            case "POST /missions/{missionId}/coordination/action-items/{actionItemId}/status" ->
                request.param("status", "DONE").param("version", "0");
            case "POST /api/v1/missions/{missionId}/coordination-bodies" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content("""
                            {"kind": "JOINT_WORKING_GROUP", "name": "API body %d", "chair": "unit-%d",
                             "members": ["unit-%d"], "meetingFrequency": "MONTHLY"}
                            """.formatted(n, fixture.structureHeadA, fixture.structureUnitA));

            // cmcoord -- cases below
            case "POST /missions/{missionId}/cmcoord" ->
                request.param("organisationId", String.valueOf(fixture.partnerOrganisation))
                        .param("asset", "Helicopter " + n)
                        .param("location", "Town")
                        .param("neededFrom", "2026-01-01")
                        .param("neededUntil", "2026-01-02")
                        .param("need", "Need")
                        .param("civilianAlternatives", "None");
            case "POST /missions/{missionId}/cmcoord/{requestId}/assessment",
                    "POST /missions/{missionId}/cmcoord/{requestId}/decision" ->
                request.param("principles[0].principle", "LAST_RESORT")
                        .param("principles[0].assessment", "MET")
                        .param("decision", "APPROVED")
                        .param("usableUntil", "2026-01-10")
                        .param("version", "0");
            case "POST /api/v1/missions/{missionId}/cmcoord-requests",
                    "PUT /api/v1/missions/{missionId}/cmcoord-requests/{requestId}" ->
                request.contentType(MediaType.APPLICATION_JSON).content("""
                            {"organisationId": %d, "asset": "API helicopter %d", "location": "Town",
                             "neededFrom": "2026-01-01", "neededUntil": "2026-01-02", "need": "Need",
                             "civilianAlternatives": "None", "version": 0}""".formatted(fixture.partnerOrganisation, n));
            case "POST /api/v1/missions/{missionId}/cmcoord-requests/{requestId}/decision" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"APPROVED\", \"usableUntil\": \"2026-01-10\", \"version\": 0}");

            // plans: pages and outline editor -- cases below
            case "POST /missions/{missionId}/plans" -> planForm(request, "Plan " + n);
            case "POST /plans/{planId}" ->
                planForm(request, "Renamed " + n).param("version", String.valueOf(fixture.planVersion()));
            case "POST /plans/{planId}/delete" -> request.param("version", String.valueOf(fixture.planVersion()));
            case "POST /plans/{planId}/objectives", "POST /plans/{planId}/objectives/{objectiveId}" ->
                request.param("title", "Objective " + n)
                        .param("dimension", "POLITICAL")
                        .param("version", "0");
            case "POST /plans/{planId}/results", "POST /plans/{planId}/results/{resultId}" ->
                request.param("objectiveId", String.valueOf(fixture.objectiveA))
                        .param("title", "Result " + n)
                        .param("version", "0");
            case "POST /plans/{planId}/indicators", "POST /plans/{planId}/indicators/{indicatorId}" ->
                request.param("resultId", String.valueOf(fixture.resultA))
                        .param("definition", "Indicator " + n)
                        .param("frequency", "ANNUAL")
                        .param("version", "0");
            case "POST /plans/{planId}/benchmarks", "POST /plans/{planId}/benchmarks/{benchmarkId}" ->
                request.param("objectiveId", String.valueOf(fixture.objectiveA))
                        .param("description", "Benchmark " + n)
                        .param("version", "0");
            case "POST /plans/{planId}/tasks", "POST /plans/{planId}/tasks/{taskId}" ->
                request.param("title", "Task " + n)
                        .param("serves", "result-" + fixture.resultA)
                        .param("lead", "unit-" + fixture.structureHeadA)
                        .param("supporters", "unit-" + fixture.structureUnitA)
                        .param("version", "0");
            case "POST /plans/{planId}/risks", "POST /plans/{planId}/risks/{riskId}" ->
                request.param("description", "Risk " + n)
                        .param("likelihood", "HIGH")
                        .param("impact", "LOW")
                        .param("version", "0");
            case "POST /plans/{planId}/objectives/{objectiveId}/delete",
                    "POST /plans/{planId}/results/{resultId}/delete",
                    "POST /plans/{planId}/indicators/{indicatorId}/delete",
                    "POST /plans/{planId}/benchmarks/{benchmarkId}/delete",
                    "POST /plans/{planId}/tasks/{taskId}/delete",
                    "POST /plans/{planId}/risks/{riskId}/delete" -> request.param("version", "0");
            case "POST /plans/{planId}/objectives/{objectiveId}/move",
                    "POST /plans/{planId}/results/{resultId}/move",
                    "POST /plans/{planId}/indicators/{indicatorId}/move",
                    "POST /plans/{planId}/benchmarks/{benchmarkId}/move",
                    "POST /plans/{planId}/tasks/{taskId}/move" ->
                request.param("version", "0").param("direction", "UP");

            // plans: matrix and timeline -- cases below

            // plans: coherence and monitoring -- cases below
            case "POST /plans/{planId}/tasks/{taskId}/status" ->
                request.param("status", "AT_RISK")
                        .param("narrative", "Report " + n)
                        .param("version", "0");
            case "POST /plans/{planId}/indicators/{indicatorId}/measurements" ->
                request.param("value", "42").param("measuredOn", "2026-09-30").param("note", "Measured " + n);

            // plans: API -- cases below
            case "POST /api/v1/missions/{missionId}/plans" -> json(request, planApiJson("API plan " + n, null));
            case "PUT /api/v1/plans/{planId}" -> json(request, planApiJson("Renamed by a security test", 0L));
            case "DELETE /api/v1/plans/{planId}",
                    "DELETE /api/v1/plans/{planId}/objectives/{objectiveId}",
                    "DELETE /api/v1/plans/{planId}/results/{resultId}",
                    "DELETE /api/v1/plans/{planId}/indicators/{indicatorId}",
                    "DELETE /api/v1/plans/{planId}/benchmarks/{benchmarkId}",
                    "DELETE /api/v1/plans/{planId}/tasks/{taskId}",
                    "DELETE /api/v1/plans/{planId}/risks/{riskId}" -> request.param("version", "0");
            case "POST /api/v1/plans/{planId}/objectives" ->
                json(request, objectiveApiJson("API objective " + n, null));
            case "PUT /api/v1/plans/{planId}/objectives/{objectiveId}" ->
                json(request, objectiveApiJson("Renamed objective " + n, 0L));
            case "POST /api/v1/plans/{planId}/results" -> json(request, resultApiJson("API result " + n, null));
            case "PUT /api/v1/plans/{planId}/results/{resultId}" ->
                json(request, resultApiJson("Renamed result " + n, 0L));
            case "POST /api/v1/plans/{planId}/indicators" ->
                json(request, indicatorApiJson("API indicator " + n, null));
            case "PUT /api/v1/plans/{planId}/indicators/{indicatorId}" ->
                json(request, indicatorApiJson("Changed indicator " + n, 0L));
            case "POST /api/v1/plans/{planId}/benchmarks" ->
                json(request, benchmarkApiJson("API benchmark " + n, null));
            case "PUT /api/v1/plans/{planId}/benchmarks/{benchmarkId}" ->
                json(request, benchmarkApiJson("Changed benchmark " + n, 0L));
            case "POST /api/v1/plans/{planId}/tasks" -> json(request, taskApiJson("API task " + n, null));
            case "PUT /api/v1/plans/{planId}/tasks/{taskId}" -> json(request, taskApiJson("Changed task " + n, 0L));
            case "POST /api/v1/plans/{planId}/risks" -> json(request, riskApiJson("API risk " + n, null));
            case "PUT /api/v1/plans/{planId}/risks/{riskId}" -> json(request, riskApiJson("Changed risk " + n, 0L));
            case "POST /api/v1/plans/{planId}/indicators/{indicatorId}/measurements" ->
                json(
                        request,
                        "{\"value\": 35, \"measuredOn\": \"2026-09-30\", \"note\": \"Measured by a security test\"}");
            case "POST /api/v1/plans/{planId}/tasks/{taskId}/status-updates" ->
                json(
                        request,
                        "{\"status\": \"AT_RISK\", \"narrative\": \"Reported by a security test\", \"version\": 0}");

            // plans: exports -- cases below

            // plans: review -- cases below
            case "POST /plans/{planId}/review/submit" ->
                request.param("message", "Please review " + n).param("version", String.valueOf(fixture.planVersion()));
            case "POST /plans/{planId}/review/new-draft" ->
                onPlan(endpoint, fixture.approvedPlanA)
                        .param("version", String.valueOf(fixture.planVersion(fixture.approvedPlanA)));
            case "POST /api/v1/plans/{planId}/new-draft" ->
                json(
                        onPlan(endpoint, fixture.approvedPlanA),
                        "{\"version\": " + fixture.planVersion(fixture.approvedPlanA) + "}");
            case "POST /plans/{planId}/review/approve" ->
                onPlan(endpoint, fixture.reviewPlanA)
                        .param("version", String.valueOf(fixture.planVersion(fixture.reviewPlanA)));
            case "POST /plans/{planId}/review/return" ->
                onPlan(endpoint, fixture.reviewPlanA)
                        .param("reasons", "Add indicators " + n)
                        .param("version", String.valueOf(fixture.planVersion(fixture.reviewPlanA)));
            case "POST /plans/{planId}/comments" ->
                request.param("element", "task-" + fixture.taskA).param("body", "A comment of a security test " + n);
            case "POST /api/v1/plans/{planId}/submit" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content("{\"message\": \"Please review\", \"version\": " + fixture.planVersion() + "}");
            case "POST /api/v1/plans/{planId}/approve" ->
                onPlan(endpoint, fixture.reviewPlanA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + fixture.planVersion(fixture.reviewPlanA) + "}");
            case "POST /api/v1/plans/{planId}/return" ->
                onPlan(endpoint, fixture.reviewPlanA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reasons\": \"Add indicators\", \"version\": "
                                + fixture.planVersion(fixture.reviewPlanA) + "}");
            case "POST /api/v1/plans/{planId}/comments" ->
                request.contentType(MediaType.APPLICATION_JSON)
                        .content("{\"elementType\": \"TASK\", \"elementId\": " + fixture.taskA
                                + ", \"body\": \"API comment " + n + "\"}");

            default -> request;
        };
    }

    /** plans: review -- the same endpoint on another plan of mission A (one in review, or one approved). */
    private MockHttpServletRequestBuilder onPlan(String endpoint, long planId) {
        Map<String, Object> variables = pathVariables();
        variables.put("planId", planId);
        return request(Endpoints.method(endpoint), uri(endpoint, variables));
    }
}
