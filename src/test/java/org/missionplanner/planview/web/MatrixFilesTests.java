package org.missionplanner.planview.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.PlanKind;
import org.missionplanner.plan.PlanStatus;
import org.missionplanner.plan.PlanView;
import org.missionplanner.planview.MatrixFilter;
import org.missionplanner.planview.ResponsibilityMatrixView;

class MatrixFilesTests {

    @Test
    void keepsWhatASpreadsheetWouldTakeForAFormulaAsText() {
        assertThat(MatrixFiles.inert("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(MatrixFiles.inert("+1")).isEqualTo("'+1");
        assertThat(MatrixFiles.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(MatrixFiles.inert("Disarm - phase 1")).isEqualTo("Disarm - phase 1");
        assertThat(MatrixFiles.inert(null)).isEmpty();
    }

    @Test
    void writesTheCsvWithAByteOrderMarkAndTheAmountAsAPlainNumber() {
        var table = new MatrixTable(
                List.of("Objective", "Dimension", "Task", "DDR", "Funding source", "Amount", "Currency"),
                List.of(new MatrixTable.Line(
                        List.of("O", "Security", "=cmd", "L", "Assessed"), new BigDecimal("1E+3"), "USD")),
                1,
                new MatrixTable.Block(List.of(), List.of()),
                new MatrixTable.Block(List.of(), List.of()));

        String csv = new String(MatrixFiles.csv(table), StandardCharsets.UTF_8);

        assertThat(csv)
                .startsWith("\uFEFFObjective,Dimension,Task,DDR,Funding source,Amount,Currency\r\n")
                .contains("O,Security,'=cmd,L,Assessed,1000,USD");
    }

    @Test
    void namesTheFileAfterTheMissionThePlanAndTheFilters() {
        var plan = new PlanView(
                1,
                2,
                "UNMIL",
                PlanKind.INTEGRATED_STRATEGIC_FRAMEWORK,
                "ISF 2026–2027 (draft) ",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31),
                PlanStatus.DRAFT,
                null,
                null,
                0);
        var matrix = new ResponsibilityMatrixView(
                plan,
                new MatrixFilter(Dimension.RULE_OF_LAW, "unit-12", null),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0);

        assertThat(PlanMatrixController.fileName(matrix, "xlsx"))
                .isEqualTo("unmil-isf-2026-2027-draft-matrix-rule-of-law-unit-12.xlsx");
    }
}
