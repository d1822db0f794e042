package org.missionplanner.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.missionplanner.structure.IntegrationCheckState.NOT_APPLICABLE;
import static org.missionplanner.structure.IntegrationCheckState.PASS;
import static org.missionplanner.structure.IntegrationCheckState.WARNING;
import static org.missionplanner.structure.IntegrationCheckStructures.aStructure;
import static org.missionplanner.structure.IntegrationCheckStructures.posts;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.missionplanner.mission.OchaPosition;

class IntegrationChecksTests {

    private static IntegrationCheck check(IntegrationCheckStructures s, OchaPosition model, String code) {
        return IntegrationChecks.evaluate(model, s.units, s.lines).stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static IntegrationCheck check(IntegrationCheckStructures s, String code) {
        return check(s, OchaPosition.ONE_FOOT_IN_ONE_FOOT_OUT, code);
    }

    @Test
    void everyCheckIsReportedInOrderForAnEmptyStructure() {
        var checks = IntegrationChecks.evaluate(OchaPosition.NOT_APPLICABLE, aStructure().units, aStructure().lines);
        assertThat(checks).extracting(IntegrationCheck::code).containsExactlyElementsOf(IntegrationChecks.CODES);
    }

    @Test
    void aMissionWithoutARecordedStructurePassesNothing() {
        var checks = IntegrationChecks.evaluate(OchaPosition.BOTH_FEET_IN, aStructure().units, aStructure().lines);
        assertThat(checks).allSatisfy(check -> {
            assertThat(check.state()).isEqualTo(NOT_APPLICABLE);
            assertThat(check.reasonKey()).isEqualTo("checks.noStructure");
        });
    }

    @Test
    void aCheckWhoseSubjectIsAbsentIsNotApplicableNeverAPass() {
        var s = aStructure();
        s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null);
        for (String code : java.util.List.of(
                IntegrationChecks.FORCE_COMMANDER,
                IntegrationChecks.POLICE_COMMISSIONER,
                IntegrationChecks.JMAC,
                IntegrationChecks.POLICE_IN_PLANNING)) {
            assertThat(check(s, code).state()).as(code).isEqualTo(NOT_APPLICABLE);
        }
        assertThat(check(s, OchaPosition.NOT_APPLICABLE, IntegrationChecks.INTEGRATION_MODEL)
                        .state())
                .isEqualTo(NOT_APPLICABLE);
        assertThat(check(s, IntegrationChecks.HEAD_OF_MISSION).state()).isEqualTo(PASS);
    }

    @Nested
    class HeadOfMission {

        @Test
        void passesWithExactlyOneHead() {
            var s = aStructure();
            s.unit(UnitType.HEAD_OF_MISSION, "Office of the SRSG", null);
            var check = check(s, IntegrationChecks.HEAD_OF_MISSION);
            assertThat(check.state()).isEqualTo(PASS);
            assertThat(check.reasonArgs()).containsExactly("Office of the SRSG");
        }

        @Test
        void warnsWithoutAHead() {
            var s = aStructure();
            s.unit(UnitType.CHIEF_OF_STAFF, "Chief of Staff", null);
            var check = check(s, IntegrationChecks.HEAD_OF_MISSION);
            assertThat(check.state()).isEqualTo(WARNING);
            assertThat(check.reasonKey()).isEqualTo("checks.headOfMission.none");
        }

        @Test
        void warnsWithTwoHeads() {
            var s = aStructure();
            s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null);
            s.unit(UnitType.HEAD_OF_MISSION, "Second SRSG", null);
            var check = check(s, IntegrationChecks.HEAD_OF_MISSION);
            assertThat(check.state()).isEqualTo(WARNING);
            assertThat(check.reasonArgs()).containsExactly("2");
        }
    }

    @Nested
    class StructuralIntegration {

        @Test
        void passesWhenTheDsrsgRcHcHasLinesToDocoAndErc() {
            var s = aStructure();
            var srsg = s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null);
            var rcHc = s.unit(UnitType.DSRSG_RC_HC, "DSRSG RC/HC", srsg);
            s.line(rcHc, ExternalEntity.DOCO).line(rcHc, ExternalEntity.ERC);
            assertThat(check(s, IntegrationChecks.STRUCTURAL_INTEGRATION).state())
                    .isEqualTo(PASS);
        }

        @Test
        void warnsWhenTheDsrsgRcHcLacksTheLineToTheErc() {
            var s = aStructure();
            var srsg = s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null);
            var rcHc = s.unit(UnitType.DSRSG_RC_HC, "DSRSG RC/HC", srsg);
            s.line(rcHc, ExternalEntity.DOCO);
            var check = check(s, IntegrationChecks.STRUCTURAL_INTEGRATION);
            assertThat(check.state()).isEqualTo(WARNING);
            assertThat(check.reasonKey()).isEqualTo("checks.structuralIntegration.noErc");
        }

        @Test
        void warnsWhenTheDsrsgRcHcHasNoOutsideLines() {
            var s = aStructure();
            s.unit(UnitType.DSRSG_RC_HC, "DSRSG RC/HC", s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null));
            assertThat(check(s, IntegrationChecks.STRUCTURAL_INTEGRATION).reasonKey())
                    .isEqualTo("checks.structuralIntegration.noLines");
        }

        @Test
        void countsAnErsgWhoIsRcHc() {
            var s = aStructure();
            var ersg = s.unit(UnitType.HEAD_OF_MISSION, "Office of the ERSG", "ERSG and RC/HC", null);
            s.line(ersg, ExternalEntity.DOCO).line(ersg, ExternalEntity.ERC);
            var check = check(s, IntegrationChecks.STRUCTURAL_INTEGRATION);
            assertThat(check.state()).isEqualTo(PASS);
            assertThat(check.reasonArgs()).containsExactly("Office of the ERSG");
        }

        @Test
        void warnsWhenTheModelPutsTheHcInsideButThereIsNoRcHc() {
            var s = aStructure();
            s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null);
            assertThat(check(s, OchaPosition.BOTH_FEET_IN, IntegrationChecks.STRUCTURAL_INTEGRATION)
                            .state())
                    .isEqualTo(WARNING);
        }

        @Test
        void passesWithoutRcHcWhenTheMissionIsNotIntegrated() {
            var s = aStructure();
            s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null);
            assertThat(check(s, OchaPosition.BOTH_FEET_OUT, IntegrationChecks.STRUCTURAL_INTEGRATION)
                            .state())
                    .isEqualTo(PASS);
        }
    }

    @Nested
    class IntegrationModel {

        @Test
        void bothFeetInPassesWithHumanitarianCoordinationInside() {
            var s = aStructure();
            var srsg = s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null);
            s.unit(UnitType.OTHER, "Humanitarian Coordination Section", srsg);
            var check = check(s, OchaPosition.BOTH_FEET_IN, IntegrationChecks.INTEGRATION_MODEL);
            assertThat(check.state()).isEqualTo(PASS);
            assertThat(check.reasonArgs()).containsExactly("Humanitarian Coordination Section");
        }

        @Test
        void bothFeetInWarnsWithoutHumanitarianCoordinationInside() {
            var s = aStructure();
            s.unit(UnitType.CIVIL_AFFAIRS, "Civil Affairs", s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null));
            assertThat(check(s, OchaPosition.BOTH_FEET_IN, IntegrationChecks.INTEGRATION_MODEL)
                            .state())
                    .isEqualTo(WARNING);
        }

        @Test
        void bothFeetOutWarnsWithAnRcHcInside() {
            var s = aStructure();
            s.unit(UnitType.DSRSG_RC_HC, "DSRSG RC/HC", s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null));
            var check = check(s, OchaPosition.BOTH_FEET_OUT, IntegrationChecks.INTEGRATION_MODEL);
            assertThat(check.state()).isEqualTo(WARNING);
            assertThat(check.reasonKey()).isEqualTo("checks.integrationModel.bothFeetOutWithRcHc");
        }

        @Test
        void bothFeetOutPassesWithoutRcHc() {
            var s = aStructure();
            s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null);
            assertThat(check(s, OchaPosition.BOTH_FEET_OUT, IntegrationChecks.INTEGRATION_MODEL)
                            .state())
                    .isEqualTo(PASS);
        }
    }

    @Nested
    class UniformedComponents {

        @Test
        void passesWhenForceCommanderAndPoliceCommissionerReportToTheHead() {
            var s = aStructure();
            var srsg = s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null);
            s.unit(UnitType.MILITARY_COMPONENT, "Force Commander", srsg);
            s.unit(UnitType.POLICE_COMPONENT, "Police Commissioner", srsg);
            assertThat(check(s, IntegrationChecks.FORCE_COMMANDER).state()).isEqualTo(PASS);
            assertThat(check(s, IntegrationChecks.POLICE_COMMISSIONER).state()).isEqualTo(PASS);
        }

        @Test
        void warnsWhenTheyReportToSomeoneElse() {
            var s = aStructure();
            var cos = s.unit(UnitType.CHIEF_OF_STAFF, "COS", s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null));
            s.unit(UnitType.MILITARY_COMPONENT, "Force HQ", cos);
            s.unit(UnitType.POLICE_COMPONENT, "UNPOL", cos);
            var force = check(s, IntegrationChecks.FORCE_COMMANDER);
            assertThat(force.state()).isEqualTo(WARNING);
            assertThat(force.reasonArgs()).containsExactly("Force HQ");
            assertThat(check(s, IntegrationChecks.POLICE_COMMISSIONER).state()).isEqualTo(WARNING);
        }
    }

    @Nested
    class Jmac {

        @Test
        void passesWithMilitaryPoliceAndCivilianPosts() {
            var s = aStructure();
            s.unit(
                    UnitType.JMAC,
                    "JMAC",
                    s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null),
                    posts(PostCategory.MILITARY, 4),
                    posts(PostCategory.POLICE, 2),
                    posts(PostCategory.INTERNATIONAL_CIVILIAN, 6));
            assertThat(check(s, IntegrationChecks.JMAC).state()).isEqualTo(PASS);
        }

        @Test
        void warnsWithCivilianPostsOnly() {
            var s = aStructure();
            s.unit(
                    UnitType.JMAC,
                    "JMAC",
                    s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null),
                    posts(PostCategory.INTERNATIONAL_CIVILIAN, 6),
                    posts(PostCategory.MILITARY, 0));
            assertThat(check(s, IntegrationChecks.JMAC).state()).isEqualTo(WARNING);
        }
    }

    @Nested
    class PoliceInPlanning {

        @Test
        void passesWithALineFromThePoliceComponentToTheImpt() {
            var s = aStructure();
            var srsg = s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null);
            var police = s.unit(UnitType.POLICE_COMPONENT, "Police Commissioner", srsg);
            var impt = s.unit(UnitType.MANAGEMENT_BODY, "Integrated Mission Planning Team", srsg);
            s.line(police, impt);
            assertThat(check(s, IntegrationChecks.POLICE_IN_PLANNING).state()).isEqualTo(PASS);
        }

        @Test
        void passesWithPolicePostsInTheImpt() {
            var s = aStructure();
            var srsg = s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null);
            s.unit(UnitType.POLICE_COMPONENT, "Police Commissioner", srsg);
            s.unit(UnitType.MANAGEMENT_BODY, "IMPT", srsg, posts(PostCategory.POLICE, 1));
            assertThat(check(s, IntegrationChecks.POLICE_IN_PLANNING).state()).isEqualTo(PASS);
        }

        @Test
        void warnsWhenThePoliceHaveNoPartInTheImpt() {
            var s = aStructure();
            var srsg = s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null);
            var police = s.unit(UnitType.POLICE_COMPONENT, "Police Commissioner", srsg);
            var impt = s.unit(UnitType.MANAGEMENT_BODY, "IMPT", srsg);
            var smg = s.unit(UnitType.MANAGEMENT_BODY, "Senior Management Group", srsg);
            s.line(police, smg);
            var check = check(s, IntegrationChecks.POLICE_IN_PLANNING);
            assertThat(check.state()).isEqualTo(WARNING);
            assertThat(check.reasonArgs()).containsExactly(impt.getName());
        }

        @Test
        void warnsWhenThereIsNoPlanningTeam() {
            var s = aStructure();
            s.unit(UnitType.POLICE_COMPONENT, "Police", s.unit(UnitType.HEAD_OF_MISSION, "SRSG", null));
            assertThat(check(s, IntegrationChecks.POLICE_IN_PLANNING).reasonKey())
                    .isEqualTo("checks.policeInPlanning.noPlanningTeam");
        }
    }
}
