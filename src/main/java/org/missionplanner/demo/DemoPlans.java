package org.missionplanner.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.missionplanner.actor.Party;
import org.missionplanner.mission.HostCountries;
import org.missionplanner.monitoring.MonitoringSeeding;
import org.missionplanner.national.NationalSeeding;
import org.missionplanner.partner.OrganisationKind;
import org.missionplanner.partner.PartnershipSeeding;
import org.missionplanner.plan.PlanDetails;
import org.missionplanner.plan.PlanSeeding;
import org.missionplanner.plan.PlanStatus;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.structure.UnitDirectory;
import org.missionplanner.structure.UnitDirectory.UnitRef;
import org.missionplanner.structure.UnitType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Illustrative integrated plans: UNMIL's strategic framework for 2004-2006 (a draft its planners
 * can edit) with its approved mission concept, and MONUC's framework around the Country Assistance
 * Framework (approved). Each has objectives across dimensions, indicators with measurements (some
 * off track), tasks led and supported by the mission's units and partner organisations, benchmarks,
 * risks and status reports. A plan whose title the mission already has is left alone; a mission
 * without a structure is skipped. Each plan is written in one transaction.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty(name = "app.demo.enabled")
class DemoPlans implements ApplicationRunner {

    static final String ILLUSTRATIVE = "Illustrative demo data, simplified from the real case. ";

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    private final MissionDirectory missions;
    private final UnitDirectory units;
    private final PartnershipSeeding organisations;
    private final PlanSeeding seeding;
    private final MonitoringSeeding monitoring;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final HostCountries hostCountries;
    private final NationalSeeding national;

    DemoPlans(
            MissionDirectory missions,
            UnitDirectory units,
            PartnershipSeeding organisations,
            PlanSeeding seeding,
            MonitoringSeeding monitoring,
            TransactionTemplate transaction,
            Clock clock,
            HostCountries hostCountries,
            NationalSeeding national) {
        this.hostCountries = hostCountries;
        this.national = national;
        this.missions = missions;
        this.units = units;
        this.organisations = organisations;
        this.seeding = seeding;
        this.monitoring = monitoring;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int added = 0;
        for (var mission : missions.allMissions()) {
            switch (mission.acronym()) {
                case "UNMIL" -> {
                    added += seed(mission.id(), DemoPlansUnmil.CONCEPT, PlanStatus.APPROVED, DemoPlansUnmil::concept);
                    added += seed(mission.id(), DemoPlansUnmil.ISF, PlanStatus.DRAFT, DemoPlansUnmil::isf);
                    added += seed(
                            mission.id(),
                            DemoPlanChain.UNMIL_DDRR,
                            PlanStatus.DRAFT,
                            s -> DemoPlanChain.unmil(seeding, mission.id(), s));
                }
                case "MONUC" -> {
                    added += seed(mission.id(), DemoPlansMonuc.ISF, PlanStatus.APPROVED, DemoPlansMonuc::isf);
                    added += seed(
                            mission.id(),
                            DemoPlanChain.MONUC_ELECTORAL,
                            PlanStatus.APPROVED,
                            s -> DemoPlanChain.monuc(seeding, mission.id(), s));
                }
                default -> {}
            }
        }
        log.info("Demo mode: {} illustrative plan(s) added", added);
        // plans seeded before national actors were recorded: their text counterparts become links
        for (var mission : missions.allMissions()) {
            if (mission.acronym().equals("UNMIL") || mission.acronym().equals("MONUC")) {
                var byName = national.actorsByName(hostCountries.of(mission.id()));
                transaction.executeWithoutResult(tx -> seeding.linkNationalCounterparts(mission.id(), byName));
            }
        }
    }

    private int seed(long missionId, PlanDetails plan, PlanStatus status, Consumer<DemoPlanScript> content) {
        if (seeding.hasPlan(missionId, plan.title())) {
            return 0;
        }
        List<UnitRef> structure = units.unitsOf(missionId);
        if (structure.isEmpty()) {
            return 0;
        }
        Map<String, Party> actors = actors(structure);
        Party head = structure.stream()
                .filter(u -> u.type() == UnitType.HEAD_OF_MISSION)
                .findFirst()
                .map(u -> Party.unit(u.id()))
                .orElse(Party.unit(structure.get(0).id()));
        transaction.executeWithoutResult(tx -> {
            long planId = seeding.createPlan(missionId, plan, Instant.now(clock));
            Set<String> countries = hostCountries.of(missionId);
            content.accept(new DemoPlanScript(
                    seeding,
                    monitoring,
                    planId,
                    actors,
                    head,
                    national.actorsByName(countries),
                    national.prioritiesByKey(countries)));
            seeding.changeStatus(planId, status);
        });
        return 1;
    }

    /**
     * Units by name, a Country Team agency placed in the structure as its organisation (UNDP is one
     * actor: the organisation, placed under the DSRSG RC/HC), then partner organisations by acronym.
     */
    private Map<String, Party> actors(List<UnitRef> structure) {
        Map<String, Party> actors = new HashMap<>();
        structure.forEach(u -> actors.putIfAbsent(
                u.name(), u.placesOrganisation() ? Party.organisation(u.organisationId()) : Party.unit(u.id())));
        organisation(
                actors,
                "UNDP",
                List.of("UNDP"),
                "United Nations Development Programme",
                OrganisationKind.UN_AGENCY_FUND_PROGRAMME,
                false);
        organisation(
                actors,
                "UNICEF",
                List.of("UNICEF"),
                "United Nations Children's Fund",
                OrganisationKind.UN_AGENCY_FUND_PROGRAMME,
                true);
        organisation(
                actors, "WFP", List.of("WFP"), "World Food Programme", OrganisationKind.UN_AGENCY_FUND_PROGRAMME, true);
        organisation(
                actors,
                "UNHCR",
                List.of("UNHCR"),
                "Office of the United Nations High Commissioner for Refugees",
                OrganisationKind.UN_AGENCY_FUND_PROGRAMME,
                true);
        organisation(
                actors,
                "OCHA",
                List.of("OCHA"),
                "Office for the Coordination of Humanitarian Affairs",
                OrganisationKind.UN_SECRETARIAT,
                true);
        organisation(
                actors,
                "World Bank",
                List.of("World Bank", "WB", "IBRD"),
                "World Bank",
                OrganisationKind.INTERNATIONAL_FINANCIAL_INSTITUTION,
                false);
        organisation(actors, "EU", List.of("EU"), "European Union", OrganisationKind.REGIONAL_ORGANISATION, false);
        organisation(
                actors,
                "DFID",
                List.of("DFID"),
                "Department for International Development (United Kingdom)",
                OrganisationKind.BILATERAL_DEVELOPMENT_AGENCY,
                false);
        return actors;
    }

    private void organisation(
            Map<String, Party> actors,
            String name,
            List<String> acronyms,
            String fullName,
            OrganisationKind kind,
            boolean humanitarian) {
        actors.put(
                name, Party.organisation(organisations.organisationIfAbsent(acronyms, fullName, kind, humanitarian)));
    }
}
