package org.missionplanner.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;

/**
 * All units and secondary lines of one mission, loaded together, and the rules that keep the
 * reporting lines sound: one head of mission, one primary line inside the mission for every
 * other unit, and no cycles. Every change goes through {@link #checkPlacement} first.
 */
public class MissionStructure {

    private static final Comparator<OrgUnit> ORDER = Comparator.comparingInt(OrgUnit::getSortOrder)
            .thenComparing(OrgUnit::getId, Comparator.nullsLast(Comparator.naturalOrder()));

    private final long missionId;
    private final Map<Long, OrgUnit> units = new LinkedHashMap<>();
    private final List<SecondaryLine> lines;

    public MissionStructure(long missionId, List<OrgUnit> units, List<SecondaryLine> lines) {
        this.missionId = missionId;
        units.stream().sorted(ORDER).forEach(unit -> this.units.put(unit.getId(), unit));
        this.lines = List.copyOf(lines);
    }

    public long missionId() {
        return missionId;
    }

    public boolean isEmpty() {
        return units.isEmpty();
    }

    public List<OrgUnit> units() {
        return List.copyOf(units.values());
    }

    public List<SecondaryLine> lines() {
        return lines;
    }

    /** The unit of this mission with that id; an id of another mission's unit is "not found". */
    public OrgUnit unit(long unitId) {
        OrgUnit unit = units.get(unitId);
        if (unit == null) {
            throw new NotFoundException("Unit", unitId);
        }
        return unit;
    }

    public List<OrgUnit> subUnitsOf(long unitId) {
        return units.values().stream()
                .filter(u -> Objects.equals(u.getReportsToId(), unitId))
                .toList();
    }

    /** The unit's sub-units, their sub-units and so on, deepest first (the order they can be deleted in). */
    public List<OrgUnit> descendantsOf(long unitId) {
        List<OrgUnit> found = new ArrayList<>();
        Deque<Long> pending = new ArrayDeque<>(List.of(unitId));
        Set<Long> seen = new HashSet<>(Set.of(unitId));
        while (!pending.isEmpty()) {
            for (OrgUnit child : subUnitsOf(pending.pop())) {
                if (seen.add(child.getId())) {
                    found.add(child);
                    pending.push(child.getId());
                }
            }
        }
        Collections.reverse(found);
        return found;
    }

    /** The lines from or to any of these units. */
    public List<SecondaryLine> linesTouching(Set<Long> unitIds) {
        return lines.stream()
                .filter(l -> unitIds.contains(l.getFromUnitId())
                        || (l.getToUnitId() != null && unitIds.contains(l.getToUnitId())))
                .toList();
    }

    public List<SecondaryLine> linesFrom(long unitId) {
        return lines.stream().filter(l -> l.getFromUnitId() == unitId).toList();
    }

    /** Whether a head of mission other than the given unit (null for a new unit) exists. */
    public boolean hasOtherHead(Long unitId) {
        return units.values().stream()
                .anyMatch(u -> u.getUnitType() == UnitType.HEAD_OF_MISSION && !Objects.equals(u.getId(), unitId));
    }

    /**
     * Checks that a unit (null for a new one) of this type may report to that superior: the head
     * of mission is the only unit without a primary line and there is only one; every other unit
     * reports to a unit of the same mission that is neither itself nor one of its own sub-units.
     */
    public void checkPlacement(Long unitId, UnitType type, Long reportsToId) {
        if (type == UnitType.HEAD_OF_MISSION) {
            if (hasOtherHead(unitId)) {
                throw new BusinessRuleException("structure.rule.secondHead", "unitType");
            }
            if (reportsToId != null) {
                throw new BusinessRuleException("structure.rule.headReportsTo", "reportsToId");
            }
            return;
        }
        if (reportsToId == null) {
            throw new BusinessRuleException("structure.rule.reportsToRequired", "reportsToId");
        }
        if (reportsToId.equals(unitId)) {
            throw new BusinessRuleException("structure.rule.reportsToSelf", "reportsToId");
        }
        unit(reportsToId);
        if (unitId != null
                && descendantsOf(unitId).stream().anyMatch(u -> u.getId().equals(reportsToId))) {
            throw new BusinessRuleException("structure.rule.cycle", "reportsToId");
        }
    }

    /** Checks a new secondary line: to another unit of this mission or to one entity outside it. */
    public void checkSecondaryLine(long fromUnitId, Long toUnitId, ExternalEntity external) {
        unit(fromUnitId);
        if ((toUnitId == null) == (external == null)) {
            throw new BusinessRuleException("structure.rule.lineTarget", "toUnitId");
        }
        if (toUnitId != null) {
            if (toUnitId == fromUnitId) {
                throw new BusinessRuleException("structure.rule.lineToSelf", "toUnitId");
            }
            unit(toUnitId);
        }
        boolean duplicate = linesFrom(fromUnitId).stream()
                .anyMatch(l -> Objects.equals(l.getToUnitId(), toUnitId) && l.getExternalEntity() == external);
        if (duplicate) {
            throw new BusinessRuleException("structure.rule.lineDuplicate", "toUnitId");
        }
    }

    /** The units in tree order (each followed by its sub-units) with their depth; roots first. */
    public List<Placed> tree() {
        List<Placed> rows = new ArrayList<>();
        Map<Long, List<OrgUnit>> children = new LinkedHashMap<>();
        List<OrgUnit> roots = new ArrayList<>();
        for (OrgUnit unit : units.values()) {
            if (unit.getReportsToId() == null || !units.containsKey(unit.getReportsToId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.getReportsToId(), k -> new ArrayList<>())
                        .add(unit);
            }
        }
        Set<Long> seen = new HashSet<>();
        Deque<Placed> pending = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            pending.push(new Placed(roots.get(i), 0));
        }
        while (!pending.isEmpty()) {
            Placed next = pending.pop();
            if (!seen.add(next.unit().getId())) {
                continue;
            }
            rows.add(next);
            List<OrgUnit> subUnits = children.getOrDefault(next.unit().getId(), List.of());
            for (int i = subUnits.size() - 1; i >= 0; i--) {
                pending.push(new Placed(subUnits.get(i), next.depth() + 1));
            }
        }
        return rows;
    }

    /** A unit with its depth in the tree (0 for the head of mission). */
    public record Placed(OrgUnit unit, int depth) {}
}
