package org.missionplanner.structure.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.structure.ExternalEntity;
import org.missionplanner.structure.PostCategory;
import org.missionplanner.structure.StructureQueries;
import org.missionplanner.structure.StructureView;
import org.missionplanner.structure.UnitCategory;
import org.missionplanner.structure.UnitType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A mission's structure as JSON: units with their primary line, posts and secondary lines. */
@RestController
@RequestMapping("/api/v1/missions/{missionId}/structure")
class StructureApiController {

    private final MissionCatalog missions;
    private final StructureQueries structures;

    StructureApiController(MissionCatalog missions, StructureQueries structures) {
        this.missions = missions;
        this.structures = structures;
    }

    record Posts(int authorised, int filled) {}

    record Line(Long toUnitId, ExternalEntity externalEntity, String description) {}

    record Unit(
            long id,
            UnitType type,
            String name,
            String headTitle,
            UnitCategory category,
            String location,
            Long reportsToId,
            Map<PostCategory, Posts> posts,
            List<Line> secondaryLines,
            Long organisationId) {}

    record Structure(long missionId, String acronym, List<Unit> units) {}

    @GetMapping
    Structure structure(@PathVariable long missionId) {
        var mission = missions.get(missionId);
        var view = structures.view(missionId);
        return new Structure(
                missionId,
                mission.acronym(),
                view.units().stream().map(StructureApiController::unit).toList());
    }

    private static Unit unit(StructureView.Unit u) {
        Map<PostCategory, Posts> posts = new EnumMap<>(PostCategory.class);
        u.posts().forEach((category, p) -> posts.put(category, new Posts(p.authorised(), p.filled())));
        return new Unit(
                u.id(),
                u.unitType(),
                u.name(),
                u.headTitle(),
                u.category(),
                u.location(),
                u.reportsToId(),
                posts,
                u.secondaryLines().stream()
                        .map(l -> new Line(l.toUnitId(), l.externalEntity(), l.description()))
                        .toList(),
                u.organisationId());
    }
}
