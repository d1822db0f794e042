package org.missionplanner.mission.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.missionplanner.admin.ApiTokens;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.admin.SignInRecorder;
import org.missionplanner.admin.UserDirectory;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.mission.MissionRegistry;
import org.missionplanner.security.SecuritySliceSupport;
import org.missionplanner.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The mission pages in a web slice, behind the application's real security configuration. */
@WebMvcTest(MissionController.class)
@Import(SecuritySliceSupport.class)
class MissionControllerWebMvcTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MissionCatalog catalog;

    @MockitoBean
    MissionRegistry registry;

    @MockitoBean
    UserDirectory users;

    @MockitoBean
    ApiTokens tokens;

    @MockitoBean
    SignInRecorder recorder;

    @Test
    void sendsAnonymousVisitorsToSignIn() throws Exception {
        mvc.perform(get("/missions")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void listsMissionsForASignedInUserWithTheSecurityHeaders() throws Exception {
        given(catalog.search(any(org.missionplanner.mission.MissionSearch.class), any(), any()))
                .willReturn(Page.empty());
        mvc.perform(get("/missions").with(user(SecuritySliceSupport.principal("planner", GlobalRole.USER))))
                .andExpect(status().isOk())
                .andExpect(view().name("missions/list"))
                .andExpect(content().string(containsString("No missions match")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")));
    }

    @Test
    void answers403WhenTheServiceRefusesTheMission() throws Exception {
        given(catalog.get(7L)).willThrow(new AccessDeniedException("not a member"));
        mvc.perform(get("/missions/7").with(user(SecuritySliceSupport.principal("planner", GlobalRole.USER))))
                .andExpect(status().isForbidden());
    }

    @Test
    void answers404ForAnUnknownMission() throws Exception {
        given(catalog.get(8L)).willThrow(new NotFoundException("Mission", 8L));
        mvc.perform(get("/missions/8").with(user(SecuritySliceSupport.principal("reviewer", GlobalRole.HQ_REVIEWER))))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    void refusesAFormPostWithoutCsrfToken() throws Exception {
        mvc.perform(post("/logout").with(user(SecuritySliceSupport.principal("planner", GlobalRole.USER))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf()).with(user(SecuritySliceSupport.principal("planner", GlobalRole.USER))))
                .andExpect(status().isFound());
    }
}
