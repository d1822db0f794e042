package org.missionplanner.demo;

import java.util.LinkedHashMap;
import java.util.Map;

import org.missionplanner.admin.GlobalRole;
import org.missionplanner.admin.MembershipRole;
import org.missionplanner.admin.UserProvisioning;
import org.missionplanner.mission.MissionRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the real cases of the domain brief and the demo accounts admin, reviewer, planner and
 * viewer. Runs at every start in demo mode and adds only what is missing.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    static final Map<String, String> MISSIONS = new LinkedHashMap<>();

    static {
        MISSIONS.put("UNMIK", "United Nations Interim Administration Mission in Kosovo");
        MISSIONS.put("MONUC", "United Nations Organization Mission in the Democratic Republic of the Congo");
        MISSIONS.put("UNMIL", "United Nations Mission in Liberia");
        MISSIONS.put("UNMIS", "United Nations Mission in the Sudan");
        MISSIONS.put("UNAMID", "African Union-United Nations Hybrid Operation in Darfur");
        MISSIONS.put("UNAMA", "United Nations Assistance Mission in Afghanistan");
        MISSIONS.put("UNAMSIL", "United Nations Mission in Sierra Leone");
        MISSIONS.put("UNIPSIL", "United Nations Integrated Peacebuilding Office in Sierra Leone");
        MISSIONS.put("UNTAET", "United Nations Transitional Administration in East Timor");
        MISSIONS.put("MINURCAT", "United Nations Mission in the Central African Republic and Chad");
    }

    private final MissionRegistration missions;
    private final UserProvisioning users;
    private final String password;

    DemoData(MissionRegistration missions, UserProvisioning users, @Value("${app.demo.password}") String password) {
        this.missions = missions;
        this.users = users;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, Long> ids = new LinkedHashMap<>();
        MISSIONS.forEach((acronym, name) -> ids.put(acronym, missions.registerIfAbsent(acronym, name)));

        users.ensureUser("admin", "Demo Administrator", GlobalRole.ADMINISTRATOR, password);
        users.ensureUser("reviewer", "Demo HQ Reviewer", GlobalRole.HQ_REVIEWER, password);
        long planner = users.ensureUser("planner", "Demo Mission Planner", GlobalRole.USER, password);
        long viewer = users.ensureUser("viewer", "Demo Viewer", GlobalRole.USER, password);

        users.ensureMembership(planner, ids.get("UNMIL"), MembershipRole.PLANNER);
        users.ensureMembership(planner, ids.get("UNMIK"), MembershipRole.PLANNER);
        users.ensureMembership(planner, ids.get("MONUC"), MembershipRole.VIEWER);
        users.ensureMembership(viewer, ids.get("UNMIL"), MembershipRole.VIEWER);
        log.info("Demo mode: demo missions and accounts are in place");
    }
}
