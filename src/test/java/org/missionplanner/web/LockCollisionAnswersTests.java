package org.missionplanner.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A change that lost a deadlock to a parallel one (PostgreSQL 40P01, which Spring reports as a
 * pessimistic locking failure) is a 409 to retry, never a 500.
 */
class LockCollisionAnswersTests {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ApiEndpoint(), new PageEndpoint())
            .setControllerAdvice(new ApiExceptionHandler(new StaticMessageSource()), new PageExceptionHandler())
            .build();

    @Test
    void theApiAnswersConflictWithRetryAfter() throws Exception {
        mvc.perform(post("/api/collide"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.detail")
                        .value("Someone else was changing the same thing at the same moment. Try again."));
    }

    @Test
    void aPageAnswersWithTheConflictPage() throws Exception {
        mvc.perform(post("/collide")).andExpect(status().isConflict()).andExpect(view().name("error/409"));
    }

    @RestController
    static class ApiEndpoint {
        @PostMapping("/api/collide")
        String collide() {
            throw new CannotAcquireLockException("deadlock detected");
        }
    }

    @Controller
    static class PageEndpoint {
        @PostMapping("/collide")
        String collide() {
            throw new CannotAcquireLockException("deadlock detected");
        }
    }
}
