package org.missionplanner.structure;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A mission's structure as read by pages and the API: units in tree order with their depth,
 * posts by category and secondary lines.
 */
public record StructureView(long missionId, List<Unit> units) {

    public boolean isEmpty() {
        return units.isEmpty();
    }

    public boolean hasHead() {
        return units.stream().anyMatch(u -> u.unitType() == UnitType.HEAD_OF_MISSION);
    }

    public record Unit(
            long id,
            UnitType unitType,
            String name,
            String headTitle,
            UnitCategory category,
            String location,
            Long reportsToId,
            int depth,
            long version,
            Map<PostCategory, UnitPosts> posts,
            List<Line> secondaryLines,
            Long organisationId) {

        public int authorisedPosts() {
            return posts.values().stream().mapToInt(UnitPosts::authorised).sum();
        }

        public int filledPosts() {
            return posts.values().stream().mapToInt(UnitPosts::filled).sum();
        }
    }

    /** A secondary line: to a unit of the mission (toUnitId, toUnitName) or to an external entity. */
    public record Line(long id, Long toUnitId, String toUnitName, ExternalEntity externalEntity, String description) {}

    static StructureView of(MissionStructure structure) {
        Map<Long, String> names = new HashMap<>();
        structure.units().forEach(u -> names.put(u.getId(), u.getName()));
        List<Unit> units = structure.tree().stream()
                .map(placed -> {
                    OrgUnit u = placed.unit();
                    Map<PostCategory, UnitPosts> posts = new EnumMap<>(PostCategory.class);
                    u.getPosts().forEach(p -> posts.put(p.category(), p));
                    List<Line> lines = structure.linesFrom(u.getId()).stream()
                            .map(l -> new Line(
                                    l.getId(),
                                    l.getToUnitId(),
                                    l.getToUnitId() == null ? null : names.get(l.getToUnitId()),
                                    l.getExternalEntity(),
                                    l.getDescription()))
                            .toList();
                    return new Unit(
                            u.getId(),
                            u.getUnitType(),
                            u.getName(),
                            u.getHeadTitle(),
                            u.getCategory(),
                            u.getLocation(),
                            u.getReportsToId(),
                            placed.depth(),
                            u.getVersion(),
                            posts,
                            lines,
                            u.getOrganisationId());
                })
                .toList();
        return new StructureView(structure.missionId(), units);
    }
}
