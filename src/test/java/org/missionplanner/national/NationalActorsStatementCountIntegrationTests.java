package org.missionplanner.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionplanner.support.StatementCounter;
import org.missionplanner.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The national actors page and API run as many statements for a country of 40 actors as for one of 2. */
@SpringBootTest
@AutoConfigureMockMvc
class NationalActorsStatementCountIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theNationalActorsPageAndApiRunAFixedNumberOfStatements() throws Exception {
        var users = new TestUsers(jdbc, encoder);
        String username = TestUsers.uniqueName("nat-count");
        long viewer = users.create(username, "USER", "Count-Test-Passphrase-1");
        List<Long> organisations = new ArrayList<>();
        organisations.addAll(actors("FJ", 2));
        organisations.addAll(actors("WS", 40));
        RequestPostProcessor principal = user(userDetails.loadUserByUsername(username));
        var counter = new StatementCounter(entityManagerFactory);
        try {
            for (String path : List.of("/national-actors", "/api/v1/national-actors")) {
                long small = counter.count(
                        () -> mvc.perform(get(path).param("country", "FJ").with(principal))
                                .andExpect(status().isOk()));
                long large = counter.count(
                        () -> mvc.perform(get(path).param("country", "WS").with(principal))
                                .andExpect(status().isOk()));
                assertThat(large).as("%s for 40 actors (2: %d)", path, small).isEqualTo(small);
                assertThat(small).as(path).isBetween(1L, 12L);
            }
        } finally {
            organisations.forEach(id -> jdbc.update("delete from organisation where id = ?", id));
            jdbc.update("delete from app_user where id = ?", viewer);
        }
    }

    /** Actors of the country, every other one part of the previous one. */
    private List<Long> actors(String country, int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long id = jdbc.queryForObject(
                    """
                    insert into organisation (acronym, full_name, kind) values (?, ?, 'HOST_GOVERNMENT_INSTITUTION')
                    returning id""", Long.class, TestUsers.uniqueName("NAT" + country + i), "National actor " + country + " " + i);
            jdbc.update(
                    "insert into national_actor (organisation_id, country, kind, parent_id) values (?, ?, ?, ?)",
                    id,
                    country,
                    NationalActorKind.values()[i % NationalActorKind.values().length].name(),
                    i % 2 == 1 ? ids.get(i - 1) : null);
            ids.add(id);
        }
        return ids;
    }
}
