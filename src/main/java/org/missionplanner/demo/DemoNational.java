package org.missionplanner.demo;

import static org.missionplanner.national.NationalActorKind.CIVIL_SOCIETY;
import static org.missionplanner.national.NationalActorKind.COMMISSION;
import static org.missionplanner.national.NationalActorKind.JUDICIARY;
import static org.missionplanner.national.NationalActorKind.LEGISLATURE;
import static org.missionplanner.national.NationalActorKind.LOCAL_AUTHORITY;
import static org.missionplanner.national.NationalActorKind.MINISTRY;
import static org.missionplanner.national.NationalActorKind.OTHER;
import static org.missionplanner.national.NationalActorKind.SECURITY_INSTITUTION;

import java.time.LocalDate;
import java.util.List;
import org.missionplanner.national.NationalSeeding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The national actors and national strategies of the demo missions' host countries, Liberia (UNMIL)
 * and the Democratic Republic of the Congo (MONUC), before the demo plans name them as counterparts
 * and align objectives with their priorities. Each fact names its source; the selection is
 * illustrative, not a complete list of the countries' institutions.
 */
@Component
@Order(45)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoNational implements ApplicationRunner {

    static final String LIBERIA = "LR";
    static final String CONGO = "CD";

    static final String LIBERIA_IPRS = "Interim Poverty Reduction Strategy (iPRS)";
    static final String LIBERIA_PRS = "Poverty Reduction Strategy “Lift Liberia”";
    static final String CONGO_DSCRP = "Growth and Poverty Reduction Strategy Paper (DSCRP)";

    private static final Logger log = LoggerFactory.getLogger(DemoNational.class);

    private final NationalSeeding national;

    DemoNational(NationalSeeding national) {
        this.national = national;
    }

    @Override
    public void run(ApplicationArguments args) {
        liberia();
        congo();
        log.info("Demo mode: national actors and strategies of Liberia and the DR Congo in place");
    }

    private void liberia() {
        // Accra Comprehensive Peace Agreement, 18 August 2003, Part Four (security sector reform):
        // the Armed Forces of Liberia restructured under the Ministry of National Defence, the
        // Liberia National Police under the Ministry of Justice
        long justice = national.actorIfAbsent(LIBERIA, MINISTRY, "Ministry of Justice", "MOJ", null);
        national.actorIfAbsent(LIBERIA, SECURITY_INSTITUTION, "Liberia National Police", "LNP", justice);
        national.actorIfAbsent(
                LIBERIA, SECURITY_INSTITUTION, "Bureau of Corrections and Rehabilitation", "BCR", justice);
        long defence = national.actorIfAbsent(LIBERIA, MINISTRY, "Ministry of National Defence", "MOD", null);
        national.actorIfAbsent(LIBERIA, SECURITY_INSTITUTION, "Armed Forces of Liberia", "AFL", defence);
        // Accra CPA 2003, Article VI (DDRR): the National Commission on Disarmament, Demobilisation,
        // Rehabilitation and Reintegration (NCDDRR), with which UNMIL ran the DDRR programme
        // (S/RES/1509 (2003), para. 3 (f))
        national.actorIfAbsent(LIBERIA, COMMISSION, "National Commission on DDRR", "NCDDRR", null);
        // Accra CPA 2003, Article XVIII: the reconstituted National Elections Commission, which held
        // the elections of 11 October 2005 with UNMIL's support
        national.actorIfAbsent(LIBERIA, COMMISSION, "National Elections Commission", "NEC", null);
        // Accra CPA 2003, Articles XII, XIII and XVI: the Independent National Commission on Human
        // Rights, the Truth and Reconciliation Commission and the Governance Reform Commission
        national.actorIfAbsent(LIBERIA, COMMISSION, "Independent National Commission on Human Rights", "INCHR", null);
        national.actorIfAbsent(LIBERIA, COMMISSION, "Truth and Reconciliation Commission", "TRC", null);
        national.actorIfAbsent(LIBERIA, COMMISSION, "Governance Reform Commission", "GRC", null);
        // Government of Liberia: the refugee commission (LRRRC) and the ministries named in the
        // iPRS (2006) as lead agencies for returns, local government and gender
        national.actorIfAbsent(
                LIBERIA, COMMISSION, "Liberia Refugee Repatriation and Resettlement Commission", "LRRRC", null);
        long interior = national.actorIfAbsent(LIBERIA, MINISTRY, "Ministry of Internal Affairs", "MIA", null);
        national.actorIfAbsent(LIBERIA, LOCAL_AUTHORITY, "County superintendents", null, interior);
        national.actorIfAbsent(LIBERIA, MINISTRY, "Ministry of Gender and Development", "MOGD", null);
        // Constitution of Liberia (1986), Article 65: the judiciary, headed by the Supreme Court
        national.actorIfAbsent(LIBERIA, JUDICIARY, "Judiciary of Liberia", null, null);
        // Accra CPA 2003, Articles XXI to XXIV: the National Transitional Government of Liberia
        // (October 2003 to January 2006) and its National Transitional Legislative Assembly
        national.actorIfAbsent(LIBERIA, OTHER, "National Transitional Government of Liberia", "NTGL", null);
        national.actorIfAbsent(LIBERIA, LEGISLATURE, "National Transitional Legislative Assembly", "NTLA", null);
        // Accra CPA 2003, signatories and witnesses: the Inter-Religious Council of Liberia took part
        // in the peace talks for civil society
        national.actorIfAbsent(LIBERIA, CIVIL_SOCIETY, "Inter-Religious Council of Liberia", "IRCL", null);

        // Republic of Liberia, Interim Poverty Reduction Strategy (2006): four pillars, for the
        // period up to the full PRS of 2008
        national.planIfAbsent(
                LIBERIA,
                LIBERIA_IPRS,
                LocalDate.of(2006, 7, 1),
                LocalDate.of(2008, 6, 30),
                List.of(
                        new String[] {"1", "Enhancing national security"},
                        new String[] {"2", "Revitalizing economic growth"},
                        new String[] {"3", "Strengthening governance and the rule of law"},
                        new String[] {"4", "Rehabilitating infrastructure and delivering basic services"}));
        // Republic of Liberia, Poverty Reduction Strategy “Lift Liberia” (April 2008 to June 2011):
        // the same four pillars, restated
        national.planIfAbsent(
                LIBERIA,
                LIBERIA_PRS,
                LocalDate.of(2008, 4, 1),
                LocalDate.of(2011, 6, 30),
                List.of(
                        new String[] {"1", "Expanding peace and security"},
                        new String[] {"2", "Revitalizing the economy"},
                        new String[] {"3", "Strengthening governance and the rule of law"},
                        new String[] {"4", "Rehabilitating infrastructure and delivering basic services"}));
    }

    private void congo() {
        // Global and All-Inclusive Agreement, Pretoria, 17 December 2002, chapter V: the institutions
        // supporting democracy, among them the Independent Electoral Commission and the Haute
        // Autorité des Médias, which ran and watched the 2005 referendum and the 2006 elections
        national.actorIfAbsent(CONGO, COMMISSION, "Independent Electoral Commission", "CEI", null);
        national.actorIfAbsent(CONGO, COMMISSION, "Haute Autorité des Médias", "HAM", null);
        // Constitution of 18 February 2006, Title III: the National Assembly
        national.actorIfAbsent(CONGO, LEGISLATURE, "National Assembly", null, null);
        // Decree of 18 December 2003: the Commission nationale de désarmement, démobilisation et
        // réinsertion (CONADER), national DDR counterpart of MONUC
        national.actorIfAbsent(
                CONGO,
                COMMISSION,
                "Commission nationale de désarmement, démobilisation et réinsertion",
                "CONADER",
                null);
        // S/RES/1565 (2004) and S/RES/1756 (2007): MONUC's support to the Congolese national police
        // (under the Ministry of the Interior) and to the integrated brigades of the FARDC
        long interior =
                national.actorIfAbsent(CONGO, MINISTRY, "Ministry of the Interior and Decentralisation", null, null);
        national.actorIfAbsent(CONGO, SECURITY_INSTITUTION, "Police nationale congolaise", "PNC", interior);
        national.actorIfAbsent(
                CONGO, SECURITY_INSTITUTION, "Forces armées de la République démocratique du Congo", "FARDC", null);
        national.actorIfAbsent(CONGO, MINISTRY, "Ministry of Social Affairs and Humanitarian Action", null, null);
        national.actorIfAbsent(CONGO, MINISTRY, "Ministry of Planning", null, null);
        national.actorIfAbsent(CONGO, LOCAL_AUTHORITY, "Provincial authorities of Ituri", null, interior);
        national.actorIfAbsent(CONGO, OTHER, "Office des Routes", null, null);

        // Democratic Republic of the Congo, Document de la stratégie de croissance et de réduction de
        // la pauvreté (DSCRP), adopted in July 2006: five pillars
        national.planIfAbsent(
                CONGO,
                CONGO_DSCRP,
                LocalDate.of(2006, 7, 1),
                LocalDate.of(2008, 12, 31),
                List.of(
                        new String[] {"1", "Promoting good governance and consolidating peace"},
                        new String[] {"2", "Consolidating macroeconomic stability and growth"},
                        new String[] {"3", "Improving access to social services and reducing vulnerability"},
                        new String[] {"4", "Combating HIV/AIDS"},
                        new String[] {"5", "Supporting community dynamics"}));
    }
}
