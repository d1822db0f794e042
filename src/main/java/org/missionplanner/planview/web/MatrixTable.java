package org.missionplanner.planview.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.missionplanner.actor.NamedParty;
import org.missionplanner.plan.TaskView;
import org.missionplanner.planview.ResponsibilityMatrixView;
import org.springframework.context.MessageSource;

/**
 * The responsibility matrix as the rows of a file: a header, then a line per task with the
 * objective, the dimension, the task, an L or S per actor, the funding source, amount and currency.
 * The CSV and the XLSX exports both write these rows.
 */
record MatrixTable(List<String> header, List<Line> lines, int actorColumns, Block actorTotals, Block funding) {

    /** One task's cells; the amount is kept as a number for the spreadsheet. */
    record Line(List<String> cells, BigDecimal amount, String currency) {}

    /** A small table of totals: a header and rows of texts and numbers. */
    record Block(List<String> header, List<List<Object>> rows) {}

    static final int LEADING_COLUMNS = 3;

    static MatrixTable of(ResponsibilityMatrixView matrix, MessageSource messages, Locale locale) {
        List<String> header = new ArrayList<>(List.of(
                text(messages, "plan.matrix.objective", locale),
                text(messages, "plan.matrix.dimension", locale),
                text(messages, "plan.matrix.task", locale)));
        matrix.actors().stream().map(NamedParty::name).forEach(header::add);
        header.add(text(messages, "plan.matrix.funding", locale));
        header.add(text(messages, "plan.matrix.amount", locale));
        header.add(text(messages, "plan.matrix.currency", locale));

        List<Line> lines = new ArrayList<>();
        for (ResponsibilityMatrixView.Group group : matrix.groups()) {
            String objective = group.unlinked()
                    ? text(messages, "plan.matrix.unlinked", locale)
                    : group.objective().title();
            String dimension = group.unlinked() || group.objective().dimension() == null
                    ? ""
                    : text(messages, "plan.dimension." + group.objective().dimension(), locale);
            for (ResponsibilityMatrixView.Row row : group.rows()) {
                TaskView task = row.task();
                List<String> cells = new ArrayList<>(List.of(objective, dimension, task.title()));
                row.marks().stream().map(m -> m == null ? "" : m.letter()).forEach(cells::add);
                cells.add(
                        task.fundingSource() == null
                                ? ""
                                : text(messages, "plan.funding." + task.fundingSource(), locale));
                lines.add(new Line(cells, task.amount(), task.currency() == null ? "" : task.currency()));
            }
        }
        Block actorTotals = new Block(
                List.of(
                        text(messages, "plan.matrix.actor", locale),
                        text(messages, "plan.matrix.leads", locale),
                        text(messages, "plan.matrix.supports", locale)),
                matrix.actorTotals().stream()
                        .<List<Object>>map(t -> List.of(t.actor().name(), t.leads(), t.supports()))
                        .toList());
        Block funding = new Block(
                List.of(
                        text(messages, "plan.matrix.funding", locale),
                        text(messages, "plan.matrix.currency", locale),
                        text(messages, "plan.matrix.tasks", locale),
                        text(messages, "plan.matrix.amount", locale)),
                matrix.funding().stream()
                        .<List<Object>>map(f -> List.of(
                                f.source() == null
                                        ? text(messages, "plan.matrix.fundingNone", locale)
                                        : text(messages, "plan.funding." + f.source(), locale),
                                f.currency() == null ? "" : f.currency(),
                                f.tasks(),
                                f.amount()))
                        .toList());
        return new MatrixTable(header, lines, matrix.actors().size(), actorTotals, funding);
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
