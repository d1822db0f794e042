package org.missionplanner.comparison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.deployment.Deployments;
import org.missionplanner.deployment.StrengthYear;
import org.missionplanner.mission.MandateCategory;
import org.missionplanner.mission.MandateSummaries;
import org.missionplanner.mission.MandateSummary;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.mission.MissionView;
import org.missionplanner.partner.PartnershipView;
import org.missionplanner.partner.PartnershipsOfMissions;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.plan.PlanComparisonFigures;
import org.missionplanner.plan.PlanFigures;
import org.missionplanner.structure.IntegrationChecks;
import org.missionplanner.structure.StructureComparison;
import org.missionplanner.structure.UnitType;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the missions asked for that the user may see (the others are left out and named), each
 * module read once for all of them: the number of statements does not grow with the number of
 * missions compared.
 */
@Service
@Transactional(readOnly = true)
public class MissionComparison {

    /** The components always shown, present or not, in this order; other unit types follow when present. */
    static final List<UnitType> COMPONENTS = List.of(
            UnitType.HEAD_OF_MISSION,
            UnitType.DEPUTY_POLITICAL,
            UnitType.DSRSG_RC_HC,
            UnitType.CHIEF_OF_STAFF,
            UnitType.MISSION_SUPPORT,
            UnitType.MILITARY_COMPONENT,
            UnitType.POLICE_COMPONENT,
            UnitType.JMAC,
            UnitType.JOC,
            UnitType.JLOC);

    /** The categories of authorised strength, as {@code AuthorisedStrength#get} names them. */
    static final List<String> STRENGTH_CATEGORIES = List.of(
            "troops",
            "militaryObservers",
            "individualPolice",
            "formedPoliceUnits",
            "internationalCivilians",
            "nationalStaff",
            "unVolunteers");

    private static final int MAX_CHOICES = 1000;

    /** A mission the user may choose to compare. */
    public record MissionChoice(long id, String acronym, String fullName) {}

    private final MissionCatalog catalog;
    private final MandateSummaries mandates;
    private final StructureComparison structures;
    private final PlanComparisonFigures plans;
    private final PartnershipsOfMissions partnerships;
    private final Deployments deployments;

    MissionComparison(
            MissionCatalog catalog,
            MandateSummaries mandates,
            StructureComparison structures,
            PlanComparisonFigures plans,
            PartnershipsOfMissions partnerships,
            Deployments deployments) {
        this.catalog = catalog;
        this.mandates = mandates;
        this.structures = structures;
        this.plans = plans;
        this.partnerships = partnerships;
        this.deployments = deployments;
    }

    /** Every mission the user may see, by acronym. */
    @PreAuthorize("isAuthenticated()")
    public List<MissionChoice> choices(Authentication authentication) {
        return visible(authentication).stream()
                .map(m -> new MissionChoice(m.id(), m.acronym(), m.fullName()))
                .toList();
    }

    /**
     * The missions of a valid request side by side, in the order asked; ids of missions that do not
     * exist or that the user may not see are listed in {@link Comparison#ignored()}.
     */
    @PreAuthorize("isAuthenticated()")
    public Comparison compare(ComparisonRequest request, Authentication authentication) {
        if (!request.valid()) {
            throw new IllegalArgumentException("Compare at most " + ComparisonRequest.MAX_MISSIONS + " mission ids");
        }
        Map<Long, MissionView> byId = visible(authentication).stream()
                .collect(Collectors.toMap(MissionView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Long> ids = request.ids().stream().filter(byId::containsKey).toList();
        List<Long> ignored =
                request.ids().stream().filter(id -> !byId.containsKey(id)).toList();
        if (ids.isEmpty()) {
            return new Comparison(
                    List.of(),
                    ignored,
                    List.of(),
                    List.of(),
                    IntegrationChecks.CODES,
                    List.of(),
                    List.of(),
                    STRENGTH_CATEGORIES);
        }
        Map<Long, StructureComparison.ComparedMission> structureOf =
                structures.compare(ids, authentication).missions().stream()
                        .collect(Collectors.toMap(StructureComparison.ComparedMission::id, Function.identity()));
        Map<Long, MandateSummary> mandateOf = mandates.ofMissions(ids, authentication);
        Map<Long, PlanFigures> planOf = plans.ofMissions(ids, authentication);
        Map<Long, List<PartnershipView>> partnersOf = partnerships.ofMissions(ids, authentication);
        Map<Long, List<StrengthYear>> deployedOf =
                deployments.strengthOf(ids.stream().map(byId::get).toList());

        List<MissionColumn> columns = new ArrayList<>();
        for (long id : ids) {
            columns.add(new MissionColumn(
                    byId.get(id),
                    mandateOf.get(id),
                    structureOf.get(id),
                    planOf.get(id),
                    partnersOf.getOrDefault(id, List.of()),
                    deployedOf.getOrDefault(id, List.of())));
        }
        return new Comparison(
                columns,
                ignored,
                categories(columns),
                components(columns),
                IntegrationChecks.CODES,
                dimensions(columns),
                fundingSources(columns),
                STRENGTH_CATEGORIES);
    }

    private List<MissionView> visible(Authentication authentication) {
        return catalog.search("", authentication, PageRequest.of(0, MAX_CHOICES, Sort.by("acronym")))
                .getContent();
    }

    private static List<MandateCategory> categories(Collection<MissionColumn> columns) {
        Set<MandateCategory> present = EnumSet.noneOf(MandateCategory.class);
        columns.stream()
                .filter(c -> c.mandate() != null)
                .forEach(c -> c.mandate().tasks().forEach(t -> present.add(t.category())));
        return List.copyOf(present);
    }

    private static List<UnitType> components(Collection<MissionColumn> columns) {
        List<UnitType> types = new ArrayList<>(COMPONENTS);
        Arrays.stream(UnitType.values())
                .filter(type -> !COMPONENTS.contains(type))
                .filter(type -> columns.stream().anyMatch(c -> c.structure().unitsOfType(type) > 0))
                .forEach(types::add);
        return List.copyOf(types);
    }

    private static List<Dimension> dimensions(Collection<MissionColumn> columns) {
        return columns.stream().anyMatch(c -> c.plan() != null) ? List.of(Dimension.values()) : List.of();
    }

    private static List<FundingSource> fundingSources(Collection<MissionColumn> columns) {
        return Arrays.stream(FundingSource.values())
                .filter(source -> columns.stream()
                        .anyMatch(c ->
                                c.plan() != null && c.plan().fundingFrom(source).tasks() > 0))
                .toList();
    }
}
