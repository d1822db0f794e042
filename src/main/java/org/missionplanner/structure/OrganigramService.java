package org.missionplanner.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.missionplanner.mission.MissionCatalog;
import org.missionplanner.mission.MissionView;
import org.missionplanner.structure.OrganigramDrawing.BoxText;
import org.missionplanner.structure.OrganigramLayout.Band;
import org.missionplanner.structure.OrganigramLayout.Link;
import org.missionplanner.structure.OrganigramLayout.Node;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws a mission's organigram from its units and reporting lines: a fixed number of queries
 * (mission, units, their posts in one batch, secondary lines) whatever the size of the structure.
 */
@Service
@Transactional(readOnly = true)
public class OrganigramService {

    private static final Map<UnitCategory, String> FILLS = Map.of(
            UnitCategory.LEADERSHIP, "#d6e6f5",
            UnitCategory.SUBSTANTIVE, "#ffffff",
            UnitCategory.UNIFORMED, "#e3f1e0",
            UnitCategory.JOINT_STRUCTURE, "#fdf0d2",
            UnitCategory.SUPPORT, "#ececec",
            UnitCategory.MANAGEMENT_BODY, "#f1e4f3",
            UnitCategory.UN_COUNTRY_TEAM, "#d9f0f7");

    private final MissionCatalog missions;
    private final OrgUnitRepository units;
    private final SecondaryLineRepository lines;
    private final MessageSource messages;
    private final StructureArchive archive;

    OrganigramService(
            MissionCatalog missions,
            OrgUnitRepository units,
            SecondaryLineRepository lines,
            MessageSource messages,
            StructureArchive archive) {
        this.archive = archive;
        this.missions = missions;
        this.units = units;
        this.lines = lines;
        this.messages = messages;
    }

    /** The organigram of a mission the user may see, with its texts in the given language. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public Organigram draw(long missionId, Locale locale) {
        MissionView mission = missions.get(missionId);
        return draw(mission, units.findByMission(missionId), lines.findByMission(missionId), locale);
    }

    /** The organigram as the structure stood at the end of the given day, from its recorded history. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    @Transactional(readOnly = true)
    public Organigram drawAsOf(long missionId, LocalDate day, Locale locale) {
        MissionView mission = missions.get(missionId);
        MissionStructure structure = archive.asOf(missionId, day);
        return draw(mission, structure.units(), structure.lines(), locale);
    }

    private Organigram draw(
            MissionView mission, List<OrgUnit> structure, List<SecondaryLine> secondary, Locale locale) {
        long missionId = mission.id();

        List<Node> nodes = new ArrayList<>();
        Map<String, BoxText> texts = new HashMap<>();
        for (OrgUnit unit : structure) {
            Band band = unit.getCategory() == UnitCategory.UN_COUNTRY_TEAM ? Band.COUNTRY_TEAM : Band.MISSION;
            nodes.add(new Node(
                    key(unit.getId()), unit.getReportsToId() == null ? null : key(unit.getReportsToId()), band));
            texts.put(
                    key(unit.getId()),
                    new BoxText(
                            unit.getName(), unit.getHeadTitle(), FILLS.getOrDefault(unit.getCategory(), "#ffffff")));
        }
        Set<ExternalEntity> outside = EnumSet.noneOf(ExternalEntity.class);
        List<Link> links = new ArrayList<>();
        for (SecondaryLine line : secondary) {
            if (line.getExternalEntity() != null) {
                outside.add(line.getExternalEntity());
                links.add(new Link(key(line.getFromUnitId()), external(line.getExternalEntity())));
            } else {
                links.add(new Link(key(line.getFromUnitId()), key(line.getToUnitId())));
            }
        }
        for (ExternalEntity entity : outside) {
            nodes.add(new Node(external(entity), null, Band.OUTSIDE));
            texts.put(
                    external(entity),
                    new BoxText(
                            text("organigram.external." + entity.name(), locale),
                            text("organigram.external." + entity.name() + ".role", locale),
                            "#f9f9f9"));
        }
        var layout = OrganigramLayout.layout(nodes, links);
        var labels = new OrganigramDrawing.Labels(
                messages.getMessage("organigram.svg.title", new Object[] {mission.acronym()}, locale),
                messages.getMessage(
                        "organigram.svg.model",
                        new Object[] {
                            text("organigram.model." + mission.ochaPosition().name(), locale)
                        },
                        locale),
                text("organigram.legend.primary", locale),
                text("organigram.legend.secondary", locale),
                text("organigram.band.countryTeam", locale),
                text("organigram.band.outside", locale));
        return new Organigram(
                missionId,
                mission.acronym(),
                mission.fullName(),
                mission.ochaPosition(),
                structure.size(),
                OrganigramDrawing.of(layout, texts, labels),
                IntegrationChecks.evaluate(mission.ochaPosition(), structure, secondary));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static String key(long unitId) {
        return "u" + unitId;
    }

    static String external(ExternalEntity entity) {
        return "x-" + entity.name();
    }
}
