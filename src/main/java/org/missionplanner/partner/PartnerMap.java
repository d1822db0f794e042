package org.missionplanner.partner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.missionplanner.shared.SvgLabel;

/**
 * A mission's partner map laid out for the template {@code partners/map-svg} that draws it (inline on
 * the page, and as the SVG download): the mission at the top, its partners below in one band per group
 * of arrangements (the UN Country Team inside the integrated frame, regional pillars, forces alongside,
 * hand-overs, donors, the host government, others). A partner with a principle assessed as not met
 * is drawn with a thick red outline and a "!" badge.
 */
public record PartnerMap(
        int width, int height, String title, MissionBox mission, String connector, List<Group> groups, Legend legend) {

    static final int WIDTH = 1040;
    static final int COLUMNS = 5;
    static final int BOX_WIDTH = 184;
    static final int BOX_HEIGHT = 58;
    static final int GAP = 14;

    /** The mission's box: its acronym and its full name, centred. */
    public record MissionBox(String acronym, int x, int y, int width, int height, SvgLabel name, SvgLabel fullName) {}

    /** A band of partners: its frame (the integrated frame is drawn apart), its title and its boxes. */
    public record Group(
            Arrangement.MapGroup group,
            boolean integratedFrame,
            int x,
            int y,
            int width,
            int height,
            SvgLabel title,
            List<PartnerBox> partners) {}

    /** A partner's box: acronym, arrangement, years and CMCoord relationship; a badge when a principle is not met. */
    public record PartnerBox(
            long id,
            boolean notMet,
            String tooltip,
            int x,
            int y,
            int width,
            int height,
            SvgLabel acronym,
            SvgLabel arrangement,
            SvgLabel period,
            Badge badge) {}

    /** The round "!" mark of a partner with a principle not met. */
    public record Badge(int cx, int cy, SvgLabel mark) {}

    /** A legend entry: a sample box at (x, y) and what it means. */
    public record LegendEntry(int x, int y, SvgLabel label) {}

    /** The legend below the bands: not met, no concern, the integrated frame. */
    public record Legend(LegendEntry notMet, LegendEntry ok, LegendEntry frame) {}

    /**
     * @param messages resolves a message key (partners.map.*, partners.arrangement.*, partners.cmcoord.*) to text
     */
    public static PartnerMap of(
            String acronym, String fullName, List<PartnershipView> partnerships, Function<String, String> messages) {
        Map<Arrangement.MapGroup, List<PartnershipView>> members = new EnumMap<>(Arrangement.MapGroup.class);
        for (var p : partnerships) {
            members.computeIfAbsent(p.arrangement().mapGroup(), g -> new ArrayList<>())
                    .add(p);
        }
        int missionX = (WIDTH - 300) / 2;
        var mission = new MissionBox(
                acronym,
                missionX,
                24,
                300,
                64,
                new SvgLabel(WIDTH / 2.0, 50, acronym),
                new SvgLabel(WIDTH / 2.0, 72, shorten(fullName, 48)));
        List<Group> groups = new ArrayList<>();
        int y = 120;
        for (var entry : members.entrySet()) {
            int bandHeight = bandHeight(entry.getValue().size());
            List<PartnerBox> boxes = new ArrayList<>();
            int i = 0;
            for (var p : entry.getValue()) {
                int x = 32 + (i % COLUMNS) * (BOX_WIDTH + GAP);
                int boxY = y + 32 + (i / COLUMNS) * (BOX_HEIGHT + GAP);
                boxes.add(box(p, x, boxY, messages));
                i++;
            }
            groups.add(new Group(
                    entry.getKey(),
                    entry.getKey() == Arrangement.MapGroup.INTEGRATED_FRAME,
                    20,
                    y,
                    WIDTH - 40,
                    bandHeight,
                    new SvgLabel(
                            32,
                            y + 20,
                            messages.apply("partners.map.group."
                                            + entry.getKey().name()) + " ("
                                    + entry.getValue().size() + ")"),
                    List.copyOf(boxes)));
            y += bandHeight + GAP;
        }
        int legendY = y + 10;
        var legend = new Legend(
                new LegendEntry(
                        24, legendY, new SvgLabel(60, legendY + 12, messages.apply("partners.map.legend.notMet"))),
                new LegendEntry(
                        340, legendY, new SvgLabel(376, legendY + 12, messages.apply("partners.map.legend.ok"))),
                new LegendEntry(
                        680, legendY, new SvgLabel(716, legendY + 12, messages.apply("partners.map.legend.frame"))));
        return new PartnerMap(
                WIDTH,
                y + 60, // the legend and a margin below the bands
                messages.apply("partners.map.title").replace("{0}", acronym),
                mission,
                groups.isEmpty() ? null : "M" + WIDTH / 2 + " 88 L" + WIDTH / 2 + " 120",
                List.copyOf(groups),
                legend);
    }

    static int bandHeight(int members) {
        int rows = (members + COLUMNS - 1) / COLUMNS;
        return 38 + rows * (BOX_HEIGHT + GAP);
    }

    private static PartnerBox box(PartnershipView p, int x, int y, Function<String, String> messages) {
        boolean notMet = p.anyNotMet();
        String arrangement =
                messages.apply("partners.arrangement." + p.arrangement().name());
        String period = p.startDate().getYear() + "–"
                + (p.endDate() == null ? "" : String.valueOf(p.endDate().getYear()));
        if (p.cmcoordRelationship() != null) {
            period += " · "
                    + messages.apply(
                            "partners.cmcoord." + p.cmcoordRelationship().name());
        }
        return new PartnerBox(
                p.id(),
                notMet,
                p.acronym() + " — " + p.organisationName() + " — " + arrangement
                        + (notMet ? " — " + messages.apply("partners.map.legend.notMet") : ""),
                x,
                y,
                BOX_WIDTH,
                BOX_HEIGHT,
                new SvgLabel(x + 8, y + 18, shorten(p.acronym(), 20)),
                new SvgLabel(x + 8, y + 34, shorten(arrangement, 32)),
                new SvgLabel(x + 8, y + 50, shorten(period, 34)),
                notMet ? new Badge(x + BOX_WIDTH - 14, y + 14, new SvgLabel(x + BOX_WIDTH - 14, y + 18.5, "!")) : null);
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
