package org.missionplanner.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without {@code APP_OIDC_ISSUER_URI} (every other test context, and a default installation) there
 * is no client registration, no single sign-on address and no button: only passwords sign in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SingleSignOnOffIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void withoutAnIssuerThereIsNoSingleSignOn() throws Exception {
        assertThat(context.getBeanNamesForType(ClientRegistrationRepository.class))
                .isEmpty();
        String page = mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("name=\"password\"").doesNotContain("oauth2").doesNotContain("single-sign-on");
        // no registration: the address is just another page that needs a signed-in user
        mvc.perform(get("/oauth2/authorization/oidc")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/oauth2/authorization/oidc"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/login");
    }
}
