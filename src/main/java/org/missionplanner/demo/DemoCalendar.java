package org.missionplanner.demo;

import static org.missionplanner.calendar.StageKind.COMPONENT_PLANS;
import static org.missionplanner.calendar.StageKind.END_OF_MANDATE_REVIEW;
import static org.missionplanner.calendar.StageKind.ISF;
import static org.missionplanner.calendar.StageKind.MID_TERM_REVIEW;
import static org.missionplanner.calendar.StageKind.MISSION_CONCEPT;
import static org.missionplanner.calendar.StageKind.PLANNING_DIRECTIVE;
import static org.missionplanner.calendar.StageKind.STRATEGIC_ASSESSMENT;
import static org.missionplanner.calendar.StageKind.TECHNICAL_ASSESSMENT_MISSION;
import static org.missionplanner.calendar.StageKind.TRANSITION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.missionplanner.calendar.PlanningStages;
import org.missionplanner.calendar.StageCommand;
import org.missionplanner.calendar.StageKind;
import org.missionplanner.shared.MissionDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The planning calendars of UNMIL and MONUC: the stages of their integrated planning, dated after
 * their histories (assessment and planning in 2003 for UNMIL, 1999-2000 for MONUC, their
 * integrated strategic frameworks of 2004 and 2006), simplified and illustrative. UNMIL's
 * end-of-mandate review and transition planning are placed around its demo mandate's expiry, 45
 * days after the day of seeding. Only a mission without stages is seeded.
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoCalendar implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCalendar.class);

    private final MissionDirectory missions;
    private final PlanningStages stages;
    private final Clock clock;

    DemoCalendar(MissionDirectory missions, PlanningStages stages, Clock clock) {
        this.missions = missions;
        this.stages = stages;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        for (var mission : missions.allMissions()) {
            List<StageCommand> plan = switch (mission.acronym()) {
                case "UNMIL" -> unmil(today);
                case "MONUC" -> monuc();
                default -> List.of();
            };
            if (plan.isEmpty() || stages.hasStages(mission.id())) {
                continue;
            }
            plan.forEach(stage -> stages.seed(mission.id(), stage));
            log.info("Demo planning calendar added to {}", mission.acronym());
        }
    }

    static List<StageCommand> unmil(LocalDate today) {
        return List.of(
                stage(
                        STRATEGIC_ASSESSMENT,
                        null,
                        "2003-07-01",
                        "2003-08-15",
                        "DPKO Office of Operations with the UNCT"),
                stage(
                        PLANNING_DIRECTIVE,
                        null,
                        null,
                        "2003-08-20",
                        "Under-Secretary-General for Peacekeeping Operations"),
                stage(
                        TECHNICAL_ASSESSMENT_MISSION,
                        "Multidisciplinary technical assessment mission to Liberia",
                        "2003-08-06",
                        "2003-08-28",
                        "DPKO-led integrated team"),
                stage(MISSION_CONCEPT, null, "2003-09-01", "2003-09-30", "Integrated Mission Task Force"),
                stage(
                        ISF,
                        "Integrated strategic framework 2004-2006",
                        "2003-11-01",
                        "2004-01-31",
                        "SRSG's strategic planning unit"),
                stage(COMPONENT_PLANS, null, "2004-01-15", "2004-04-30", "Component heads"),
                stage(
                        MID_TERM_REVIEW,
                        null,
                        "2005-06-01",
                        "2005-07-15",
                        "SRSG's strategic planning unit with the UNCT"),
                new StageCommand(
                        END_OF_MANDATE_REVIEW,
                        null,
                        today.minusDays(20),
                        today.plusDays(30),
                        "Chief of Staff with the Integrated Mission Task Force"),
                new StageCommand(
                        TRANSITION,
                        "Transition planning with the Government and the Country Team",
                        today.plusDays(60),
                        today.plusDays(425),
                        "DSRSG Resident Coordinator / Humanitarian Coordinator"));
    }

    static List<StageCommand> monuc() {
        return List.of(
                stage(STRATEGIC_ASSESSMENT, null, "1999-08-01", "1999-10-15", "DPKO Office of Operations"),
                stage(
                        TECHNICAL_ASSESSMENT_MISSION,
                        "Technical survey team to the Democratic Republic of the Congo",
                        "2000-01-05",
                        "2000-01-25",
                        "DPKO military and civilian planners"),
                stage(
                        PLANNING_DIRECTIVE,
                        null,
                        null,
                        "2000-02-10",
                        "Under-Secretary-General for Peacekeeping Operations"),
                stage(MISSION_CONCEPT, "Phase II deployment concept", "2000-02-25", "2000-03-31", "Office of the SRSG"),
                stage(COMPONENT_PLANS, null, "2000-04-01", "2000-06-30", "Military, civilian and support components"),
                stage(
                        ISF,
                        "Integrated strategic framework 2006-2008",
                        "2005-09-01",
                        "2005-12-15",
                        "Integrated Office of the DSRSG/RC/HC"),
                stage(MID_TERM_REVIEW, null, "2007-05-01", "2007-06-30", "Strategic planning cell"),
                stage(
                        END_OF_MANDATE_REVIEW,
                        "Review ahead of the reconfiguration as MONUSCO",
                        "2010-03-01",
                        "2010-05-15",
                        "DPKO with the mission"),
                stage(
                        TRANSITION,
                        "Transition from MONUC to MONUSCO",
                        "2010-05-28",
                        "2010-07-01",
                        "Office of the SRSG"));
    }

    private static StageCommand stage(StageKind kind, String title, String startsOn, String endsOn, String owner) {
        return new StageCommand(
                kind, title, startsOn == null ? null : LocalDate.parse(startsOn), LocalDate.parse(endsOn), owner);
    }
}
