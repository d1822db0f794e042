package org.missionplanner.demo;

import static org.missionplanner.mission.MandateCategory.*;
import static org.missionplanner.mission.TaskModality.ASSIST_SUPPORT;
import static org.missionplanner.mission.TaskModality.IMPLEMENT_SECURE;
import static org.missionplanner.mission.TaskModality.MONITOR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.mission.MandateRegistration;
import org.missionplanner.mission.MandatedTask;
import org.missionplanner.mission.ResolutionCommand;
import org.missionplanner.mission.TaskModality;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the mandates of the demo missions: the real resolution symbols and adoption dates, with
 * plausible, abridged tasks and expiry dates, all marked as illustrative. UNMIL's resolution 1509
 * is given an expiry date 45 days after the day it is seeded, so that the expiry warning shows.
 * Runs after {@link DemoData} and adds only what is missing.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoMandates implements ApplicationRunner {

    static final String NOTE =
            "Illustrative demo data: tasks abridged and paraphrased, not the text of the resolution.";
    static final String NOTE_EXPIRY = NOTE + " The expiry date is set relative to the demo date so that the"
            + " expiry warning shows; the real mandate ran for twelve months.";

    private static final Logger log = LoggerFactory.getLogger(DemoMandates.class);

    private final MandateRegistration mandates;
    private final Clock clock;

    DemoMandates(MandateRegistration mandates, Clock clock) {
        this.mandates = mandates;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        int added = 0;
        added += add(
                "UNMIK",
                "S/RES/1244 (1999)",
                "1999-06-10",
                null,
                NOTE,
                task(TRANSITIONAL_ADMINISTRATION, IMPLEMENT_SECURE, "Perform basic civilian administrative functions"),
                task(
                        POLITICAL_PROCESS_SUPPORT,
                        ASSIST_SUPPORT,
                        "Facilitate a political process to determine Kosovo's future status"),
                task(HUMANITARIAN_ASSISTANCE_SUPPORT, ASSIST_SUPPORT, "Support humanitarian and disaster relief aid"),
                task(
                        RULE_OF_LAW,
                        IMPLEMENT_SECURE,
                        "Maintain civil law and order, including an international police presence"),
                task(HUMAN_RIGHTS, MONITOR, "Protect and promote human rights"),
                task(
                        ECONOMIC_RECOVERY,
                        ASSIST_SUPPORT,
                        "Support the reconstruction of key infrastructure and economic reconstruction"));
        added += add(
                "MONUC",
                "S/RES/1279 (1999)",
                "1999-11-30",
                "2000-03-01",
                NOTE,
                task(CEASEFIRE_MONITORING, MONITOR, "Liaise with the parties to the Lusaka Ceasefire Agreement"),
                task(
                        POLITICAL_PROCESS_SUPPORT,
                        ASSIST_SUPPORT,
                        "Plan for the observation of the ceasefire and disengagement"));
        added += add(
                "MONUC",
                "S/RES/1291 (2000)",
                "2000-02-24",
                "2000-08-31",
                NOTE,
                task(CEASEFIRE_MONITORING, MONITOR, "Monitor the implementation of the Ceasefire Agreement"),
                task(DDR, ASSIST_SUPPORT, "Develop an action plan for disarmament, demobilisation and reintegration"),
                task(
                        HUMANITARIAN_ASSISTANCE_SUPPORT,
                        ASSIST_SUPPORT,
                        "Facilitate humanitarian assistance and human rights monitoring"),
                task(MINE_ACTION, ASSIST_SUPPORT, "Coordinate mine action activities"),
                task(
                        PROTECTION_OF_CIVILIANS,
                        IMPLEMENT_SECURE,
                        "Protect civilians under imminent threat of physical violence"));
        // the resolutions in force during MONUC's 2006–2008 integrated strategic framework, so that its
        // coherence report judges mandate coverage against them (S/RES/1635 (2005), 1756 (2007), 1794 (2007))
        added += add(
                "MONUC",
                "S/RES/1635 (2005)",
                "2005-10-28",
                "2006-09-30",
                NOTE,
                task(ELECTIONS, ASSIST_SUPPORT, "Support the transitional government in organising the elections"),
                task(PROTECTION_OF_CIVILIANS, IMPLEMENT_SECURE, "Protect civilians under imminent threat"),
                task(DDR, ASSIST_SUPPORT, "Support the disarmament and demobilisation of combatants"),
                task(SSR, ASSIST_SUPPORT, "Support the integration of the armed forces (brassage)"));
        added += add(
                "MONUC",
                "S/RES/1756 (2007)",
                "2007-05-15",
                "2007-12-31",
                NOTE,
                task(PROTECTION_OF_CIVILIANS, IMPLEMENT_SECURE, "Ensure the protection of civilians"),
                task(DDR, ASSIST_SUPPORT, "Disarm and repatriate foreign armed groups (DDRRR)"),
                task(SSR, ASSIST_SUPPORT, "Support the reform of the security sector"),
                task(HUMAN_RIGHTS, MONITOR, "Monitor and report on human rights violations"),
                task(ELECTIONS, ASSIST_SUPPORT, "Support the local elections"),
                task(ARMS_EMBARGO_MONITORING, MONITOR, "Monitor the arms embargo"));
        added += add(
                "MONUC",
                "S/RES/1794 (2007)",
                "2007-12-21",
                "2008-12-31",
                NOTE,
                task(
                        PROTECTION_OF_CIVILIANS,
                        IMPLEMENT_SECURE,
                        "Give priority to the protection of civilians in the Kivus"),
                task(DDR, ASSIST_SUPPORT, "Support the disarmament of armed groups in the east"),
                task(SSR, ASSIST_SUPPORT, "Support the reform of the army and the police"),
                task(HUMAN_RIGHTS, MONITOR, "Monitor and report on human rights violations"));
        added += add(
                "MONUC",
                "S/RES/1925 (2010)",
                "2010-05-28",
                "2011-06-30",
                NOTE + " From 1 July 2010 the mission continues as MONUSCO.",
                task(PROTECTION_OF_CIVILIANS, IMPLEMENT_SECURE, "Ensure the effective protection of civilians"),
                task(
                        EXTENSION_OF_STATE_AUTHORITY,
                        ASSIST_SUPPORT,
                        "Support the consolidation of state authority in areas freed from armed groups"),
                task(SSR, ASSIST_SUPPORT, "Support the reform of the army and the police"),
                task(ELECTIONS, ASSIST_SUPPORT, "Provide technical and logistical support to the elections"),
                task(ARMS_EMBARGO_MONITORING, MONITOR, "Monitor the arms embargo with the Group of Experts"));
        added += add(
                "UNMIL",
                "S/RES/1509 (2003)",
                "2003-09-19",
                today.plusDays(45).toString(),
                NOTE_EXPIRY,
                task(
                        CEASEFIRE_MONITORING,
                        MONITOR,
                        "Observe and monitor the implementation of the ceasefire agreement"),
                task(
                        DDR,
                        IMPLEMENT_SECURE,
                        "Develop and carry out a programme of disarmament, demobilisation, reintegration and repatriation"),
                task(
                        PROTECTION_OF_CIVILIANS,
                        IMPLEMENT_SECURE,
                        "Protect civilians under imminent threat of physical violence"),
                task(
                        HUMANITARIAN_ASSISTANCE_SUPPORT,
                        ASSIST_SUPPORT,
                        "Facilitate the provision of humanitarian assistance"),
                task(
                        SSR,
                        ASSIST_SUPPORT,
                        "Assist in the formation of a new, restructured Liberian police and military"),
                task(
                        ELECTIONS,
                        ASSIST_SUPPORT,
                        "Assist the transitional government in preparing for elections by October 2005"),
                task(GENDER_WPS, ASSIST_SUPPORT, "Address gender in peacekeeping in line with resolution 1325"));
        added += add(
                "UNMIS",
                "S/RES/1590 (2005)",
                "2005-03-24",
                "2005-09-24",
                NOTE,
                task(
                        POLITICAL_PROCESS_SUPPORT,
                        ASSIST_SUPPORT,
                        "Support the implementation of the Comprehensive Peace Agreement"),
                task(
                        CEASEFIRE_MONITORING,
                        MONITOR,
                        "Monitor and verify the Ceasefire Agreement and the redeployment of armed forces"),
                task(
                        DDR,
                        ASSIST_SUPPORT,
                        "Assist in establishing the disarmament, demobilisation and reintegration programme"),
                task(
                        HUMANITARIAN_ASSISTANCE_SUPPORT,
                        ASSIST_SUPPORT,
                        "Facilitate the voluntary return of refugees and internally displaced persons"),
                task(MINE_ACTION, ASSIST_SUPPORT, "Provide humanitarian demining assistance"),
                task(
                        PROTECTION_OF_CIVILIANS,
                        IMPLEMENT_SECURE,
                        "Protect civilians under imminent threat of physical violence"));
        added += add(
                "UNAMID",
                "S/RES/1769 (2007)",
                "2007-07-31",
                "2008-07-31",
                NOTE,
                task(
                        PROTECTION_OF_CIVILIANS,
                        IMPLEMENT_SECURE,
                        "Protect civilians, without prejudice to the responsibility of the Government"),
                task(
                        HUMANITARIAN_ASSISTANCE_SUPPORT,
                        ASSIST_SUPPORT,
                        "Contribute to the security of humanitarian assistance"),
                task(
                        CEASEFIRE_MONITORING,
                        MONITOR,
                        "Monitor and verify the implementation of the ceasefire agreements"),
                task(
                        POLITICAL_PROCESS_SUPPORT,
                        ASSIST_SUPPORT,
                        "Support the implementation of the Darfur Peace Agreement"),
                task(
                        ARMS_EMBARGO_MONITORING,
                        MONITOR,
                        "Monitor whether arms are present in Darfur in violation of the agreements"));
        added += add(
                "UNAMA",
                "S/RES/1401 (2002)",
                "2002-03-28",
                "2003-03-28",
                NOTE,
                task(
                        POLITICAL_PROCESS_SUPPORT,
                        ASSIST_SUPPORT,
                        "Fulfil the tasks entrusted to the UN by the Bonn Agreement"),
                task(HUMAN_RIGHTS, MONITOR, "Promote national reconciliation and human rights"),
                task(
                        HUMANITARIAN_ASSISTANCE_SUPPORT,
                        ASSIST_SUPPORT,
                        "Manage UN humanitarian relief, recovery and reconstruction activities"),
                task(
                        ECONOMIC_RECOVERY,
                        ASSIST_SUPPORT,
                        "Coordinate recovery and reconstruction with the Afghan Interim Administration"));
        added += add(
                "MINURCAT",
                "S/RES/1778 (2007)",
                "2007-09-25",
                "2008-09-25",
                NOTE,
                task(
                        PROTECTION_OF_CIVILIANS,
                        ASSIST_SUPPORT,
                        "Help create the security conditions for the return of refugees and displaced persons"),
                task(
                        RULE_OF_LAW,
                        ASSIST_SUPPORT,
                        "Select, train and support the Chadian police for refugee camps (DIS)"),
                task(
                        HUMAN_RIGHTS,
                        MONITOR,
                        "Monitor and promote human rights, with attention to sexual and gender-based violence"),
                task(CHILD_PROTECTION, MONITOR, "Monitor the recruitment of children"),
                task(
                        BORDER_MONITORING,
                        MONITOR,
                        "Liaise on security in the border areas of Chad, the Central African Republic and Sudan"));
        added += add(
                "MINURCAT",
                "S/RES/1861 (2009)",
                "2009-01-14",
                "2010-03-15",
                NOTE + " Military component takes over from EUFOR Chad/CAR.",
                task(
                        PROTECTION_OF_CIVILIANS,
                        IMPLEMENT_SECURE,
                        "Protect civilians in danger, particularly refugees and displaced persons"),
                task(
                        HUMANITARIAN_ASSISTANCE_SUPPORT,
                        ASSIST_SUPPORT,
                        "Facilitate the delivery of humanitarian aid and the free movement of humanitarian personnel"),
                task(RULE_OF_LAW, ASSIST_SUPPORT, "Support the Détachement intégré de sécurité and the justice system"),
                task(HUMAN_RIGHTS, MONITOR, "Monitor and promote human rights"),
                task(GENDER_WPS, ASSIST_SUPPORT, "Address sexual and gender-based violence"));
        log.info("Demo mode: {} demo resolutions added", added);
    }

    private int add(
            String acronym, String symbol, String adoptedOn, String expiresOn, String notes, MandatedTask... tasks) {
        LocalDate adopted = LocalDate.parse(adoptedOn);
        LocalDate expires = expiresOn == null ? null : LocalDate.parse(expiresOn);
        // the Council asks for the Secretary-General's report about a month before it decides on renewal
        LocalDate reportDue = expires == null ? null : expires.minusDays(30);
        var command = new ResolutionCommand(
                symbol,
                adopted,
                expires,
                notes,
                List.of(tasks),
                reportDue == null || reportDue.isBefore(adopted) ? List.of() : List.of(reportDue));
        return mandates.registerIfAbsent(acronym, command) ? 1 : 0;
    }

    private static MandatedTask task(MandateCategory category, TaskModality modality, String text) {
        return new MandatedTask(category, modality, text);
    }
}
