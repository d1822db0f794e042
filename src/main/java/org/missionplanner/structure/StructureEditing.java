package org.missionplanner.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.missionplanner.partner.OrganisationDirectory;
import org.missionplanner.security.MissionAccess;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a mission's structure, for the mission's planners. Every change loads the whole
 * structure, checks it against {@link MissionStructure}'s rules and refuses with a
 * {@link BusinessRuleException} naming the field; ids of another mission's units are not found.
 */
@Service
@Transactional
public class StructureEditing {

    private final StructureStore store;
    private final OrgUnitRepository units;
    private final SecondaryLineRepository lines;
    private final MissionAccess access;
    private final List<UnitUsages> usages;
    private final OrganisationDirectory organisations;
    private final JdbcTemplate jdbc;

    StructureEditing(
            StructureStore store,
            OrgUnitRepository units,
            SecondaryLineRepository lines,
            MissionAccess access,
            List<UnitUsages> usages,
            OrganisationDirectory organisations,
            JdbcTemplate jdbc) {
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.store = store;
        this.units = units;
        this.lines = lines;
        this.access = access;
        this.usages = List.copyOf(usages);
    }

    /** Adds a unit at the end of the structure; returns its id. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public long addUnit(long missionId, UnitDetails details) {
        var structure = store.load(missionId);
        checkPosts(details.posts());
        structure.checkPlacement(null, details.unitType(), details.reportsToId());
        String name = placedName(missionId, null, details);
        var unit = new OrgUnit(
                missionId,
                details.unitType(),
                name,
                details.headTitle(),
                details.categoryOrDefault(),
                details.location(),
                details.reportsToId());
        unit.placeAt(
                structure.units().stream().mapToInt(OrgUnit::getSortOrder).max().orElse(-1) + 1);
        unit.replacePosts(details.posts());
        unit.place(details.organisationId());
        return store.save(unit).getId();
    }

    /** Changes a unit as the planner saw it at {@code version}; someone else's change in between is a conflict. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void updateUnit(long missionId, long unitId, long version, UnitDetails details) {
        var structure = store.load(missionId);
        var unit = structure.unit(unitId);
        if (unit.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(OrgUnit.class, unitId);
        }
        checkPosts(details.posts());
        structure.checkPlacement(unitId, details.unitType(), details.reportsToId());
        String name = placedName(missionId, unitId, details);
        unit.describe(details.unitType(), name, details.headTitle(), details.categoryOrDefault(), details.location());
        unit.reportTo(details.reportsToId());
        unit.replacePosts(details.posts());
        boolean newlyPlaced =
                details.organisationId() != null && !details.organisationId().equals(unit.getOrganisationId());
        unit.place(details.organisationId());
        if (newlyPlaced) {
            // what named the unit now names the organisation it places: one identity per actor
            units.flush();
            jdbc.queryForObject("select repoint_placed_units(?)::text", String.class, missionId);
        }
    }

    /**
     * The unit's name: the acronym of the organisation it places (known, and placed at most once in
     * the mission), else the name given, which must then not be blank.
     */
    private String placedName(long missionId, Long unitId, UnitDetails details) {
        if (details.organisationId() == null) {
            if (details.name() == null || details.name().isBlank()) {
                throw new BusinessRuleException("structure.unit.name.required", "name");
            }
            return details.name();
        }
        var organisation = organisations
                .find(details.organisationId())
                .orElseThrow(() -> new BusinessRuleException("structure.unit.organisation.unknown", "organisationId"));
        boolean placedElsewhere = units.findByMission(missionId).stream()
                .anyMatch(u -> details.organisationId().equals(u.getOrganisationId())
                        && !u.getId().equals(unitId));
        if (placedElsewhere) {
            throw new BusinessRuleException("structure.unit.organisation.placed", "organisationId");
        }
        return organisation.acronym();
    }

    /** Changes the unit's primary line: it reports to another unit of the mission from now on. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void moveUnit(long missionId, long unitId, Long reportsToId) {
        var structure = store.load(missionId);
        var unit = structure.unit(unitId);
        structure.checkPlacement(unitId, unit.getUnitType(), reportsToId);
        unit.reportTo(reportsToId);
    }

    /**
     * Removes a unit and its secondary lines. Its sub-units either report to its superior from
     * now on, or go with it; the head of mission's sub-units have no superior to move to. A unit
     * that a plan or a coordination body still names (or a sub-unit that would go with it) is not
     * removed: the {@link UnitInUseException} lists where, so that the planner reassigns it there.
     */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void removeUnit(long missionId, long unitId, RemovalMode mode) {
        var structure = store.load(missionId);
        var unit = structure.unit(unitId);
        List<OrgUnit> removed = new ArrayList<>();
        if (mode == RemovalMode.MOVE_SUB_UNITS) {
            var subUnits = structure.subUnitsOf(unitId);
            if (!subUnits.isEmpty() && unit.getReportsToId() == null) {
                throw new BusinessRuleException("structure.rule.removeHeadWithSubUnits", "mode");
            }
            subUnits.forEach(sub -> sub.reportTo(unit.getReportsToId()));
        } else {
            removed.addAll(structure.descendantsOf(unitId));
        }
        removed.add(unit);
        Set<Long> ids = removed.stream().map(OrgUnit::getId).collect(Collectors.toSet());
        refuseIfUsed(ids);
        store.delete(structure.linesTouching(ids), removed);
    }

    /** Adds a secondary line from a unit to another unit of the mission or to an entity outside it. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public long addSecondaryLine(
            long missionId, long fromUnitId, Long toUnitId, ExternalEntity external, String description) {
        var structure = store.load(missionId);
        structure.checkSecondaryLine(fromUnitId, toUnitId, external);
        var line = toUnitId != null
                ? SecondaryLine.toUnit(fromUnitId, toUnitId, description)
                : SecondaryLine.toExternal(fromUnitId, external, description);
        return lines.save(line).getId();
    }

    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void removeSecondaryLine(long missionId, long fromUnitId, long lineId) {
        var structure = store.load(missionId);
        structure.unit(fromUnitId);
        var line = structure.linesFrom(fromUnitId).stream()
                .filter(l -> l.getId() == lineId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Secondary line", lineId));
        lines.delete(line);
    }

    /**
     * Starts the structure from a blank page, the generic integrated mission, or a copy of another
     * mission the user may see. A structure that has units is replaced only when the user confirmed it.
     */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void startFrom(long missionId, StartingPoint start, Long sourceMissionId, boolean replace) {
        StructureBlueprint blueprint = switch (start) {
            case BLANK -> null;
            case GENERIC -> StructureTemplates.genericIntegratedMission();
            case COPY -> StructureTemplates.copyOf(source(missionId, sourceMissionId));
        };
        if (units.missionHasUnits(missionId)) {
            if (!replace) {
                throw new BusinessRuleException("structure.start.notEmpty", "replace");
            }
            refuseIfUsed(
                    units.findByMission(missionId).stream().map(OrgUnit::getId).collect(Collectors.toSet()));
            store.deleteStructureOf(missionId);
        }
        if (blueprint != null) {
            store.instantiate(missionId, blueprint);
        }
    }

    private MissionStructure source(long missionId, Long sourceMissionId) {
        if (sourceMissionId == null) {
            throw new BusinessRuleException("structure.start.sourceRequired", "sourceMissionId");
        }
        if (sourceMissionId == missionId) {
            throw new BusinessRuleException("structure.start.copySelf", "sourceMissionId");
        }
        if (!access.canView(sourceMissionId, SecurityContextHolder.getContext().getAuthentication())) {
            throw new NotFoundException("Mission", sourceMissionId);
        }
        var source = store.load(sourceMissionId);
        if (source.isEmpty()) {
            throw new BusinessRuleException("structure.start.sourceEmpty", "sourceMissionId");
        }
        return source;
    }

    private void refuseIfUsed(Set<Long> unitIds) {
        List<UnitUsages.UnitUse> uses =
                usages.stream().flatMap(u -> u.usesOf(unitIds).stream()).toList();
        if (!uses.isEmpty()) {
            throw new UnitInUseException(uses);
        }
    }

    private static void checkPosts(List<UnitPosts> posts) {
        for (int i = 0; i < posts.size(); i++) {
            if (posts.get(i).authorised() < 0) {
                throw new BusinessRuleException("structure.rule.postsNegative", "posts[" + i + "].authorised");
            }
            if (posts.get(i).filled() < 0) {
                throw new BusinessRuleException("structure.rule.postsNegative", "posts[" + i + "].filled");
            }
        }
    }
}
