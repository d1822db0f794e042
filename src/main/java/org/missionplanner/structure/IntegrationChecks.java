package org.missionplanner.structure;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.mission.OchaPosition;

/**
 * The advisory integration checks of a mission's structure, computed from its units and secondary
 * lines (no database access). "Form follows function": every check warns, none blocks a change.
 *
 * <p>The rules come from the integrated approach. A mission is structurally integrated when the UN
 * Resident Coordinator / Humanitarian Coordinator is one of its deputies (a DSRSG RC/HC, or in a
 * political mission an ERSG who is RC/HC); that person then keeps two reporting lines outside the
 * mission, to DOCO for the RC role and to the Emergency Relief Coordinator for the HC role.
 */
public final class IntegrationChecks {

    public static final String HEAD_OF_MISSION = "headOfMission";
    public static final String STRUCTURAL_INTEGRATION = "structuralIntegration";
    public static final String INTEGRATION_MODEL = "integrationModel";
    public static final String FORCE_COMMANDER = "forceCommander";
    public static final String POLICE_COMMISSIONER = "policeCommissioner";
    public static final String JMAC = "jmac";
    public static final String POLICE_IN_PLANNING = "policeInPlanning";

    /** The check codes in the order they are shown. */
    public static final List<String> CODES = List.of(
            HEAD_OF_MISSION,
            STRUCTURAL_INTEGRATION,
            INTEGRATION_MODEL,
            FORCE_COMMANDER,
            POLICE_COMMISSIONER,
            JMAC,
            POLICE_IN_PLANNING);

    private static final Set<PostCategory> CIVILIAN_POSTS =
            EnumSet.of(PostCategory.INTERNATIONAL_CIVILIAN, PostCategory.NATIONAL_STAFF, PostCategory.UN_VOLUNTEER);

    private final OchaPosition model;
    private final List<OrgUnit> units;
    private final List<SecondaryLine> lines;
    private final Map<Long, OrgUnit> byId;
    private final List<OrgUnit> heads;

    private IntegrationChecks(OchaPosition model, Collection<OrgUnit> units, Collection<SecondaryLine> lines) {
        this.model = model == null ? OchaPosition.NOT_APPLICABLE : model;
        this.units = List.copyOf(units);
        this.lines = List.copyOf(lines);
        this.byId = this.units.stream().collect(Collectors.toMap(OrgUnit::getId, Function.identity(), (a, b) -> a));
        this.heads = ofType(UnitType.HEAD_OF_MISSION);
    }

    /** All checks for one mission: its integration model, its units and the secondary lines leaving them. */
    public static List<IntegrationCheck> evaluate(
            OchaPosition model, Collection<OrgUnit> units, Collection<SecondaryLine> lines) {
        if (units.isEmpty()) {
            return CODES.stream().map(IntegrationCheck::noStructure).toList();
        }
        var checks = new IntegrationChecks(model, units, lines);
        return List.of(
                checks.headOfMission(),
                checks.structuralIntegration(),
                checks.integrationModel(),
                checks.reportsToHead(FORCE_COMMANDER, UnitType.MILITARY_COMPONENT),
                checks.reportsToHead(POLICE_COMMISSIONER, UnitType.POLICE_COMPONENT),
                checks.jmac(),
                checks.policeInPlanning());
    }

    IntegrationCheck headOfMission() {
        return switch (heads.size()) {
            case 1 -> IntegrationCheck.pass(HEAD_OF_MISSION, "one", heads.get(0).getName());
            case 0 -> IntegrationCheck.warning(HEAD_OF_MISSION, "none");
            default -> IntegrationCheck.warning(HEAD_OF_MISSION, "several", String.valueOf(heads.size()));
        };
    }

    IntegrationCheck structuralIntegration() {
        Optional<OrgUnit> rcHc = residentCoordinator();
        if (rcHc.isEmpty()) {
            boolean expected = model == OchaPosition.ONE_FOOT_IN_ONE_FOOT_OUT || model == OchaPosition.BOTH_FEET_IN;
            return expected
                    ? IntegrationCheck.warning(STRUCTURAL_INTEGRATION, "missing")
                    : IntegrationCheck.pass(STRUCTURAL_INTEGRATION, "notIntegrated");
        }
        OrgUnit unit = rcHc.get();
        boolean toDoco = hasLineTo(unit, ExternalEntity.DOCO);
        boolean toErc = hasLineTo(unit, ExternalEntity.ERC);
        if (toDoco && toErc) {
            return IntegrationCheck.pass(STRUCTURAL_INTEGRATION, "integrated", unit.getName());
        }
        if (!toDoco && !toErc) {
            return IntegrationCheck.warning(STRUCTURAL_INTEGRATION, "noLines", unit.getName());
        }
        return IntegrationCheck.warning(STRUCTURAL_INTEGRATION, toDoco ? "noErc" : "noDoco", unit.getName());
    }

    IntegrationCheck integrationModel() {
        return switch (model) {
            case BOTH_FEET_IN ->
                humanitarianCoordinationInside()
                        .map(unit -> IntegrationCheck.pass(INTEGRATION_MODEL, "bothFeetIn", unit.getName()))
                        .orElseGet(() -> IntegrationCheck.warning(INTEGRATION_MODEL, "bothFeetInWithoutOcha"));
            case BOTH_FEET_OUT ->
                residentCoordinator()
                        .map(unit -> IntegrationCheck.warning(INTEGRATION_MODEL, "bothFeetOutWithRcHc", unit.getName()))
                        .orElseGet(() -> IntegrationCheck.pass(INTEGRATION_MODEL, "bothFeetOut"));
            case ONE_FOOT_IN_ONE_FOOT_OUT -> IntegrationCheck.pass(INTEGRATION_MODEL, "oneFootIn");
            case NOT_APPLICABLE -> IntegrationCheck.notApplicable(INTEGRATION_MODEL, "notApplicable");
        };
    }

    IntegrationCheck reportsToHead(String code, UnitType type) {
        List<OrgUnit> components = ofType(type);
        if (components.isEmpty()) {
            return IntegrationCheck.notApplicable(code, "absent");
        }
        for (OrgUnit component : components) {
            OrgUnit superior = component.getReportsToId() == null ? null : byId.get(component.getReportsToId());
            if (superior == null || superior.getUnitType() != UnitType.HEAD_OF_MISSION) {
                return IntegrationCheck.warning(code, "elsewhere", component.getName());
            }
        }
        return IntegrationCheck.pass(code, "toHead", components.get(0).getName());
    }

    IntegrationCheck jmac() {
        List<OrgUnit> jmacs = ofType(UnitType.JMAC);
        if (jmacs.isEmpty()) {
            return IntegrationCheck.notApplicable(JMAC, "absent");
        }
        for (OrgUnit jmac : jmacs) {
            boolean military = hasPosts(jmac, Set.of(PostCategory.MILITARY));
            boolean police = hasPosts(jmac, Set.of(PostCategory.POLICE));
            boolean civilian = hasPosts(jmac, CIVILIAN_POSTS);
            if (!(military && police && civilian)) {
                return IntegrationCheck.warning(JMAC, "notJoint", jmac.getName());
            }
        }
        return IntegrationCheck.pass(JMAC, "joint", jmacs.get(0).getName());
    }

    IntegrationCheck policeInPlanning() {
        List<OrgUnit> police = ofType(UnitType.POLICE_COMPONENT);
        if (police.isEmpty()) {
            return IntegrationCheck.notApplicable(POLICE_IN_PLANNING, "noPolice");
        }
        List<OrgUnit> planningTeams =
                units.stream().filter(IntegrationChecks::isPlanningTeam).toList();
        if (planningTeams.isEmpty()) {
            return IntegrationCheck.warning(POLICE_IN_PLANNING, "noPlanningTeam");
        }
        for (OrgUnit team : planningTeams) {
            boolean policePosts = hasPosts(team, Set.of(PostCategory.POLICE));
            boolean lineFromPolice = lines.stream()
                    .anyMatch(line ->
                            team.getId().equals(line.getToUnitId()) && isPolice(byId.get(line.getFromUnitId())));
            if (policePosts || lineFromPolice) {
                return IntegrationCheck.pass(POLICE_IN_PLANNING, "takesPart", team.getName());
            }
        }
        return IntegrationCheck.warning(
                POLICE_IN_PLANNING, "absentFromTeam", planningTeams.get(0).getName());
    }

    /** The DSRSG RC/HC, or else a head of mission (an ERSG) who holds the RC/HC role. */
    private Optional<OrgUnit> residentCoordinator() {
        Optional<OrgUnit> deputy = ofType(UnitType.DSRSG_RC_HC).stream().findFirst();
        return deputy.isPresent()
                ? deputy
                : heads.stream().filter(this::holdsRcHcRole).findFirst();
    }

    private boolean holdsRcHcRole(OrgUnit head) {
        String text = (head.getName() + " " + (head.getHeadTitle() == null ? "" : head.getHeadTitle()))
                .toLowerCase(Locale.ROOT);
        return text.contains("rc/hc")
                || text.contains("resident coordinator")
                || text.contains("humanitarian coordinator")
                || text.contains("coordonnateur résident")
                || hasLineTo(head, ExternalEntity.DOCO)
                || hasLineTo(head, ExternalEntity.ERC);
    }

    /** Humanitarian coordination inside the mission: an OCHA or humanitarian unit in the structure. */
    private Optional<OrgUnit> humanitarianCoordinationInside() {
        return units.stream()
                .filter(unit -> {
                    String name = unit.getName().toLowerCase(Locale.ROOT);
                    return name.contains("ocha") || name.contains("humanitarian") || name.contains("humanitaire");
                })
                .findFirst();
    }

    private static boolean isPlanningTeam(OrgUnit unit) {
        if (unit.getUnitType() != UnitType.MANAGEMENT_BODY) {
            return false;
        }
        String name = unit.getName().toLowerCase(Locale.ROOT);
        return name.matches(".*\\bimpt\\b.*")
                || name.contains("integrated mission planning team")
                || name.contains("planification intégrée");
    }

    private static boolean isPolice(OrgUnit unit) {
        return unit != null
                && (unit.getUnitType() == UnitType.POLICE_COMPONENT || hasPosts(unit, Set.of(PostCategory.POLICE)));
    }

    private boolean hasLineTo(OrgUnit unit, ExternalEntity entity) {
        return lines.stream()
                .anyMatch(line -> unit.getId().equals(line.getFromUnitId()) && line.getExternalEntity() == entity);
    }

    private static boolean hasPosts(OrgUnit unit, Set<PostCategory> categories) {
        return unit.getPosts().stream().anyMatch(p -> categories.contains(p.category()) && p.authorised() > 0);
    }

    private List<OrgUnit> ofType(UnitType type) {
        return units.stream().filter(unit -> unit.getUnitType() == type).toList();
    }
}
