package org.missionplanner.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.test.util.ReflectionTestUtils;

class MissionStructureTests {

    private static final long MISSION = 7;

    private final List<OrgUnit> units = new ArrayList<>();

    /** SRSG(1) -> COS(2) -> JMAC(3) -> analysts(4); SRSG -> Force(5). */
    private MissionStructure aStructure() {
        unit(1, UnitType.HEAD_OF_MISSION, null);
        unit(2, UnitType.CHIEF_OF_STAFF, 1L);
        unit(3, UnitType.JMAC, 2L);
        unit(4, UnitType.OTHER, 3L);
        unit(5, UnitType.MILITARY_COMPONENT, 1L);
        return new MissionStructure(MISSION, units, List.of());
    }

    private void unit(long id, UnitType type, Long reportsTo) {
        var unit = new OrgUnit(MISSION, type, "Unit " + id, null, null, null, reportsTo);
        ReflectionTestUtils.setField(unit, "id", id);
        units.add(unit);
    }

    @Test
    void rejectsAUnitReportingToItself() {
        assertThatThrownBy(() -> aStructure().checkPlacement(3L, UnitType.JMAC, 3L))
                .isInstanceOf(BusinessRuleException.class)
                .satisfies(e -> assertRule(e, "structure.rule.reportsToSelf", "reportsToId"));
    }

    @Test
    void rejectsAReportingCycleThroughSubUnits() {
        var structure = aStructure();
        assertThatThrownBy(() -> structure.checkPlacement(2L, UnitType.CHIEF_OF_STAFF, 4L))
                .satisfies(e -> assertRule(e, "structure.rule.cycle", "reportsToId"));
        assertThatThrownBy(() -> structure.checkPlacement(2L, UnitType.CHIEF_OF_STAFF, 3L))
                .satisfies(e -> assertRule(e, "structure.rule.cycle", "reportsToId"));
    }

    @Test
    void acceptsAMoveToAUnitOutsideItsOwnBranch() {
        assertThatCode(() -> aStructure().checkPlacement(3L, UnitType.JMAC, 5L)).doesNotThrowAnyException();
    }

    @Test
    void refusesASecondHeadOfMission() {
        var structure = aStructure();
        assertThatThrownBy(() -> structure.checkPlacement(null, UnitType.HEAD_OF_MISSION, null))
                .satisfies(e -> assertRule(e, "structure.rule.secondHead", "unitType"));
        assertThatThrownBy(() -> structure.checkPlacement(5L, UnitType.HEAD_OF_MISSION, null))
                .satisfies(e -> assertRule(e, "structure.rule.secondHead", "unitType"));
        assertThatCode(() -> structure.checkPlacement(1L, UnitType.HEAD_OF_MISSION, null))
                .doesNotThrowAnyException();
    }

    @Test
    void everyUnitButTheHeadNeedsAPrimaryLine() {
        var structure = aStructure();
        assertThatThrownBy(() -> structure.checkPlacement(null, UnitType.GENDER, null))
                .satisfies(e -> assertRule(e, "structure.rule.reportsToRequired", "reportsToId"));
        assertThatThrownBy(() -> structure.checkPlacement(1L, UnitType.HEAD_OF_MISSION, 5L))
                .satisfies(e -> assertRule(e, "structure.rule.headReportsTo", "reportsToId"));
    }

    @Test
    void theFirstUnitOfABlankStructureIsTheHead() {
        var empty = new MissionStructure(MISSION, List.of(), List.of());
        assertThatCode(() -> empty.checkPlacement(null, UnitType.HEAD_OF_MISSION, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> empty.checkPlacement(null, UnitType.JOC, null))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void aSuperiorOfAnotherMissionIsNotFound() {
        assertThatThrownBy(() -> aStructure().checkPlacement(null, UnitType.GENDER, 999L))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void secondaryLinesGoToAnotherUnitOrToOneOutsideEntity() {
        var structure = aStructure();
        assertThatCode(() -> structure.checkSecondaryLine(3L, 5L, null)).doesNotThrowAnyException();
        assertThatCode(() -> structure.checkSecondaryLine(3L, null, ExternalEntity.DOCO))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> structure.checkSecondaryLine(3L, 3L, null))
                .satisfies(e -> assertRule(e, "structure.rule.lineToSelf", "toUnitId"));
        assertThatThrownBy(() -> structure.checkSecondaryLine(3L, null, null))
                .satisfies(e -> assertRule(e, "structure.rule.lineTarget", "toUnitId"));
        assertThatThrownBy(() -> structure.checkSecondaryLine(3L, 999L, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTreeListsEachUnitUnderItsSuperiorWithItsDepth() {
        var rows = aStructure().tree();
        assertThat(rows).extracting(r -> r.unit().getId()).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(rows).extracting(MissionStructure.Placed::depth).containsExactly(0, 1, 2, 3, 1);
    }

    @Test
    void descendantsComeDeepestFirst() {
        assertThat(aStructure().descendantsOf(2L)).extracting(OrgUnit::getId).containsExactly(4L, 3L);
    }

    @Test
    void theGenericTemplateHasOneHeadAndEveryOtherUnitUnderAnEarlierOne() {
        var blueprint = StructureTemplates.genericIntegratedMission();
        assertThat(blueprint.units())
                .filteredOn(u -> u.type() == UnitType.HEAD_OF_MISSION)
                .hasSize(1);
        var seen = new java.util.HashSet<String>();
        for (var unit : blueprint.units()) {
            assertThat(unit.reportsToKey() == null || seen.contains(unit.reportsToKey()))
                    .as(unit.key())
                    .isTrue();
            seen.add(unit.key());
        }
        assertThat(blueprint.lines())
                .extracting(StructureBlueprint.LineSpec::external)
                .contains(ExternalEntity.DOCO, ExternalEntity.ERC);
        assertThat(blueprint.units())
                .extracting(StructureBlueprint.UnitSpec::type)
                .contains(
                        UnitType.DSRSG_RC_HC,
                        UnitType.JMAC,
                        UnitType.JOC,
                        UnitType.JLOC,
                        UnitType.UNCT_AGENCY,
                        UnitType.MANAGEMENT_BODY,
                        UnitType.MILITARY_COMPONENT,
                        UnitType.POLICE_COMPONENT);
    }

    private static void assertRule(Throwable e, String key, String field) {
        assertThat(e).isInstanceOf(BusinessRuleException.class);
        assertThat(((BusinessRuleException) e).messageKey()).isEqualTo(key);
        assertThat(((BusinessRuleException) e).field()).isEqualTo(field);
    }
}
