package org.missionplanner.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.shared.TimeConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/**
 * Brings the application's real security configuration into {@code @WebMvcTest} slices of other
 * packages, and builds signed-in principals for them.
 */
@Import({
    SecurityConfiguration.class,
    ProblemResponses.class,
    MissionPlannerUserDetailsService.class,
    MissionAccess.class,
    SignInThrottle.class,
    MemorySignInBuckets.class,
    TimeConfiguration.class
})
public class SecuritySliceSupport {

    /** The sessions, in memory: a web slice has no database to keep them in. */
    @Bean
    FindByIndexNameSessionRepository<MapSession> sliceSessions() {
        var sessions = new MapSessionRepository(new ConcurrentHashMap<>());
        return new FindByIndexNameSessionRepository<>() {
            @Override
            public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
                return Map.of();
            }

            @Override
            public MapSession createSession() {
                return sessions.createSession();
            }

            @Override
            public void save(MapSession session) {
                sessions.save(session);
            }

            @Override
            public MapSession findById(String id) {
                return sessions.findById(id);
            }

            @Override
            public void deleteById(String id) {
                sessions.deleteById(id);
            }
        };
    }

    public static MissionPlannerUser principal(String username, GlobalRole role) {
        return new MissionPlannerUser(1, username, "Test " + username, role, true, false, false, null, null);
    }
}
