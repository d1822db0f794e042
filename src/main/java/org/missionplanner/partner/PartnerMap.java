package org.missionplanner.partner;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws a mission's partner map as a standalone SVG document: the mission at the top, its partners
 * below in one band per group of arrangements (the UN Country Team inside the integrated frame,
 * regional pillars, forces alongside, hand-overs, donors, the host government, others). A partner
 * with a principle assessed as not met has a thick red outline and a "!" badge. Presentation
 * attributes only (no script, no style attribute); every text is escaped.
 */
public final class PartnerMap {

    static final int WIDTH = 1040;
    static final int COLUMNS = 5;
    static final int BOX_WIDTH = 184;
    static final int BOX_HEIGHT = 58;
    static final int GAP = 14;
    static final String NOT_MET = "#c0392b";

    private PartnerMap() {}

    /**
     * @param messages resolves a message key (partners.map.*, partners.arrangement.*, partners.cmcoord.*) to text
     */
    public static String render(
            String acronym, String fullName, List<PartnershipView> partnerships, Function<String, String> messages) {
        Map<Arrangement.MapGroup, List<PartnershipView>> groups = new EnumMap<>(Arrangement.MapGroup.class);
        for (var p : partnerships) {
            groups.computeIfAbsent(p.arrangement().mapGroup(), g -> new ArrayList<>())
                    .add(p);
        }
        int height = 140;
        for (var members : groups.values()) {
            height += bandHeight(members.size()) + GAP;
        }
        height += 40;
        var svg = new StringBuilder(8_192 + partnerships.size() * 900);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"partner-map-svg\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" font-family=\"Segoe UI, Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        svg.append("<title>")
                .append(escape(messages.apply("partners.map.title").replace("{0}", acronym)))
                .append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        int missionX = (WIDTH - 300) / 2;
        svg.append("<g data-mission=\"")
                .append(escape(acronym))
                .append("\">")
                .append(rect(missionX, 24, 300, 64, "#dbe9f6", "#1f4e79", "2", null))
                .append(text(WIDTH / 2.0, 50, acronym, "bold", "16", "middle", "#1b2631"))
                .append(text(WIDTH / 2.0, 72, shorten(fullName, 48), null, "11", "middle", "#1b2631"))
                .append("</g>\n");
        int y = 120;
        for (var entry : groups.entrySet()) {
            int bandHeight = bandHeight(entry.getValue().size());
            boolean frame = entry.getKey() == Arrangement.MapGroup.INTEGRATED_FRAME;
            if (y == 120) {
                svg.append("<path d=\"M")
                        .append(WIDTH / 2)
                        .append(" 88 L")
                        .append(WIDTH / 2)
                        .append(' ')
                        .append(y)
                        .append("\" stroke=\"#9aa5b1\" stroke-width=\"1\" fill=\"none\"/>\n");
            }
            svg.append("<g data-group=\"")
                    .append(entry.getKey().name())
                    .append("\">")
                    .append(rect(
                            20,
                            y,
                            WIDTH - 40,
                            bandHeight,
                            frame ? "#eef7fb" : "#f6f6f6",
                            frame ? "#1f4e79" : "#9aa5b1",
                            frame ? "1.5" : "1",
                            frame ? "6 4" : null))
                    .append(text(
                            32,
                            y + 20,
                            messages.apply("partners.map.group."
                                            + entry.getKey().name()) + " ("
                                    + entry.getValue().size() + ")",
                            "bold",
                            "13",
                            null,
                            "#1b2631"));
            int i = 0;
            for (var p : entry.getValue()) {
                int x = 32 + (i % COLUMNS) * (BOX_WIDTH + GAP);
                int boxY = y + 32 + (i / COLUMNS) * (BOX_HEIGHT + GAP);
                box(svg, p, x, boxY, messages);
                i++;
            }
            svg.append("</g>\n");
            y += bandHeight + GAP;
        }
        legend(svg, y + 10, messages);
        return svg.append("</svg>\n").toString();
    }

    static int bandHeight(int members) {
        int rows = (members + COLUMNS - 1) / COLUMNS;
        return 38 + rows * (BOX_HEIGHT + GAP);
    }

    private static void box(StringBuilder svg, PartnershipView p, int x, int y, Function<String, String> messages) {
        boolean notMet = p.anyNotMet();
        svg.append("<g data-partnership=\"")
                .append(p.id())
                .append("\" data-not-met=\"")
                .append(notMet)
                .append("\">")
                .append("<title>")
                .append(escape(p.acronym() + " — " + p.organisationName() + " — "
                        + messages.apply(
                                "partners.arrangement." + p.arrangement().name())
                        + (notMet ? " — " + messages.apply("partners.map.legend.notMet") : "")))
                .append("</title>")
                .append(rect(
                        x,
                        y,
                        BOX_WIDTH,
                        BOX_HEIGHT,
                        "#ffffff",
                        notMet ? NOT_MET : "#34495e",
                        notMet ? "3" : "1.2",
                        null))
                .append(text(x + 8, y + 18, shorten(p.acronym(), 20), "bold", "13", null, "#1b2631"))
                .append(text(
                        x + 8,
                        y + 34,
                        shorten(
                                messages.apply("partners.arrangement."
                                        + p.arrangement().name()),
                                32),
                        null,
                        "10",
                        null,
                        "#34495e"));
        String third = p.startDate().getYear() + "–"
                + (p.endDate() == null ? "" : String.valueOf(p.endDate().getYear()));
        if (p.cmcoordRelationship() != null) {
            third += " · "
                    + messages.apply(
                            "partners.cmcoord." + p.cmcoordRelationship().name());
        }
        svg.append(text(x + 8, y + 50, shorten(third, 34), null, "10", null, "#5d6d7e"));
        if (notMet) {
            svg.append("<circle cx=\"")
                    .append(x + BOX_WIDTH - 14)
                    .append("\" cy=\"")
                    .append(y + 14)
                    .append("\" r=\"9\" fill=\"")
                    .append(NOT_MET)
                    .append("\"/>")
                    .append(text(x + BOX_WIDTH - 14, y + 18.5, "!", "bold", "13", "middle", "#ffffff"));
        }
        svg.append("</g>");
    }

    private static void legend(StringBuilder svg, int y, Function<String, String> messages) {
        svg.append("<g data-legend=\"true\">")
                .append(rect(24, y, 28, 16, "#ffffff", NOT_MET, "3", null))
                .append(text(60, y + 12, messages.apply("partners.map.legend.notMet"), null, "11", null, "#1b2631"))
                .append(rect(340, y, 28, 16, "#ffffff", "#34495e", "1.2", null))
                .append(text(376, y + 12, messages.apply("partners.map.legend.ok"), null, "11", null, "#1b2631"))
                .append(rect(680, y, 28, 16, "#eef7fb", "#1f4e79", "1.5", "6 4"))
                .append(text(716, y + 12, messages.apply("partners.map.legend.frame"), null, "11", null, "#1b2631"))
                .append("</g>\n");
    }

    private static String rect(
            int x, int y, int w, int h, String fill, String stroke, String strokeWidth, String dash) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\" rx=\"5\" fill=\"" + fill
                + "\" stroke=\"" + stroke + "\" stroke-width=\"" + strokeWidth + "\""
                + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String text(
            double x, double y, String content, String weight, String size, String anchor, String fill) {
        var text = new StringBuilder("<text x=\"")
                .append(String.format(Locale.ROOT, "%.1f", x))
                .append("\" y=\"")
                .append(String.format(Locale.ROOT, "%.1f", y))
                .append('"');
        if (weight != null) {
            text.append(" font-weight=\"").append(weight).append('"');
        }
        if (size != null) {
            text.append(" font-size=\"").append(size).append('"');
        }
        if (anchor != null) {
            text.append(" text-anchor=\"").append(anchor).append('"');
        }
        return text.append(" fill=\"")
                .append(fill)
                .append("\">")
                .append(escape(content))
                .append("</text>")
                .toString();
    }

    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
