package org.missionplanner.structure;

import static org.missionplanner.structure.UnitType.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The starting points a planner may build on: the generic integrated mission, or a copy of a structure. */
public final class StructureTemplates {

    private StructureTemplates() {}

    /**
     * The generic integrated mission of the domain brief: SRSG with two deputies, chief of staff,
     * mission support, the uniformed components, the joint structures, the substantive components
     * and the management bodies. The DSRSG RC/HC coordinates the UN Country Team and has secondary
     * lines to DOCO (for the Resident Coordinator role) and to the ERC (for the Humanitarian
     * Coordinator role): that double hat is what makes a mission structurally integrated.
     */
    public static StructureBlueprint genericIntegratedMission() {
        var b = StructureBlueprint.builder()
                .unit(
                        "srsg",
                        HEAD_OF_MISSION,
                        "Office of the SRSG",
                        "Special Representative of the Secretary-General",
                        null)
                .unit(
                        "dsrsg-pol",
                        DEPUTY_POLITICAL,
                        "Office of the DSRSG (political)",
                        "Deputy SRSG (political / rule of law)",
                        "srsg")
                .unit(
                        "dsrsg-rchc",
                        DSRSG_RC_HC,
                        "Office of the DSRSG (RC/HC)",
                        "Deputy SRSG, Resident and Humanitarian Coordinator",
                        "srsg")
                .external("dsrsg-rchc", ExternalEntity.DOCO, "Resident Coordinator role")
                .external("dsrsg-rchc", ExternalEntity.ERC, "Humanitarian Coordinator role");
        for (String agency : List.of("UNDP", "UNICEF", "WFP", "UNHCR", "OHCHR")) {
            b.unit("unct-" + agency, UNCT_AGENCY, agency, agency + " Representative", "dsrsg-rchc")
                    .external("unct-" + agency, ExternalEntity.AGENCY_HQ, agency + " headquarters");
        }
        b.unit("cos", CHIEF_OF_STAFF, "Office of the Chief of Staff", "Chief of Staff", "srsg")
                .unit("dms", MISSION_SUPPORT, "Division of Mission Support", "Director of Mission Support", "srsg")
                .unit("force", MILITARY_COMPONENT, "Military component", "Force Commander", "srsg")
                .unit("police", POLICE_COMPONENT, "Police component", "Police Commissioner", "srsg")
                .unit("jmac", JMAC, "Joint Mission Analysis Centre", "Chief JMAC", "cos")
                .unit("joc", JOC, "Joint Operations Centre", "Chief JOC", "cos")
                .unit("jloc", JLOC, "Joint Logistics Operations Centre", "Chief JLOC", "dms")
                .unit("pad", POLITICAL_AFFAIRS, "Political Affairs", "Director of Political Affairs", "dsrsg-pol")
                .unit("ca", CIVIL_AFFAIRS, "Civil Affairs", "Chief of Civil Affairs", "dsrsg-rchc")
                .unit("hr", HUMAN_RIGHTS, "Human Rights", "Chief of Human Rights", "dsrsg-pol")
                .line("hr", "unct-OHCHR", "Human rights reporting with OHCHR")
                .unit("gender", GENDER, "Gender Unit", "Senior Gender Adviser", "srsg")
                .unit("cp", CHILD_PROTECTION, "Child Protection", "Senior Child Protection Adviser", "dsrsg-rchc")
                .unit("ddr", DDR, "DDR", "Chief of DDR", "dsrsg-rchc")
                .unit("ssr", SSR, "Security Sector Reform", "Senior SSR Adviser", "dsrsg-pol")
                .unit("rol", RULE_OF_LAW, "Rule of Law", "Chief of Rule of Law", "dsrsg-pol")
                .unit("elect", ELECTORAL, "Electoral Assistance", "Chief Electoral Officer", "dsrsg-pol")
                .unit("pio", PUBLIC_INFORMATION, "Public Information", "Chief of Public Information", "srsg")
                .unit("legal", LEGAL, "Legal Adviser", "Legal Adviser", "srsg")
                .unit("cdu", CONDUCT_AND_DISCIPLINE, "Conduct and Discipline Unit", "Chief CDU", "srsg")
                .unit("hiv", HIV_AIDS, "HIV/AIDS Unit", "HIV/AIDS Adviser", "dsrsg-rchc")
                .unit("sec", SECURITY, "Security Section (UNDSS)", "Chief Security Adviser", "srsg")
                .unit("smg", MANAGEMENT_BODY, "Senior Management Group", "chaired by the SRSG", "srsg")
                .unit("mlt", MANAGEMENT_BODY, "Mission Leadership Team", "chaired by the SRSG", "srsg")
                .unit("smt", MANAGEMENT_BODY, "Security Management Team", "chaired by the SRSG", "srsg")
                .unit(
                        "impt",
                        MANAGEMENT_BODY,
                        "Integrated Mission Planning Team",
                        "chaired by the Chief of Staff",
                        "cos");
        return b.build();
    }

    /** A blueprint of an existing structure: the same units, primary and secondary lines, and posts. */
    public static StructureBlueprint copyOf(MissionStructure source) {
        var b = StructureBlueprint.builder();
        Map<Long, String> keys = new HashMap<>();
        for (var placed : source.tree()) {
            OrgUnit u = placed.unit();
            String key = "u" + u.getId();
            keys.put(u.getId(), key);
            b.unit(
                    key,
                    u.getUnitType(),
                    u.getCategory(),
                    u.getName(),
                    u.getHeadTitle(),
                    u.getReportsToId() == null ? null : keys.get(u.getReportsToId()));
            b.location(u.getLocation());
            u.getPosts().forEach(p -> b.posts(p.category(), p.authorised(), p.filled()));
        }
        for (SecondaryLine l : source.lines()) {
            if (l.getToUnitId() != null) {
                b.line(keys.get(l.getFromUnitId()), keys.get(l.getToUnitId()), l.getDescription());
            } else {
                b.external(keys.get(l.getFromUnitId()), l.getExternalEntity(), l.getDescription());
            }
        }
        return b.build();
    }
}
