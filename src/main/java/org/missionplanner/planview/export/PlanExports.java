package org.missionplanner.planview.export;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.missionplanner.monitoring.PlanMonitoring;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanView;
import org.missionplanner.shared.MissionDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A plan as a printable PDF and as a spreadsheet. Both are built whole in memory before anything is
 * sent, so that a failure shows an error page rather than half a file; each reads the plan in a
 * fixed number of statements (the outline, the measurements, the mission's name), in one read-only
 * transaction that ends before the rendering starts, so no connection is held while a large PDF is laid out.
 * At most a few render at once ({@link ExportSlots}), and a plan too large for one PDF is refused
 * ({@link PlanTooLargeToPrintException}).
 */
@Service
public class PlanExports {

    /** A finished export: its bytes and the file name to offer. */
    public record Export(byte[] content, String fileName) {}

    private final PlanQueries queries;
    private final PlanMonitoring monitoring;
    private final MissionDirectory missions;
    private final PlanDocument document;
    private final PlanWorkbook workbook;
    private final TransactionTemplate readOnly;
    private final ExportSlots slots;

    PlanExports(
            PlanQueries queries,
            PlanMonitoring monitoring,
            MissionDirectory missions,
            PlanDocument document,
            PlanWorkbook workbook,
            PlatformTransactionManager transactions,
            ExportSlots slots) {
        this.queries = queries;
        this.monitoring = monitoring;
        this.missions = missions;
        this.document = document;
        this.workbook = workbook;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.slots = slots;
    }

    /** The plan as an A4 document: cover, objectives and results, indicators, tasks, benchmarks, risks. */
    public Export pdf(long planId, Locale locale) {
        return slots.render(() -> {
            PlanExportData data = read(planId, false);
            return new Export(
                    document.render(data, locale), fileName(data.outline().plan(), "pdf"));
        });
    }

    /** The plan as a workbook of one sheet per kind of element. */
    public Export xlsx(long planId, Locale locale) {
        return slots.render(() -> {
            PlanExportData data = read(planId, true);
            return new Export(
                    workbook.render(data, locale), fileName(data.outline().plan(), "xlsx"));
        });
    }

    private PlanExportData read(long planId, boolean withMeasurements) {
        return readOnly.execute(tx -> readInTransaction(planId, withMeasurements));
    }

    private PlanExportData readInTransaction(long planId, boolean withMeasurements) {
        PlanOutline outline = queries.outline(planId);
        var mission = missions.byIds(List.of(outline.plan().missionId()))
                .get(outline.plan().missionId());
        return new PlanExportData(
                outline,
                mission == null ? outline.plan().missionAcronym() : mission.fullName(),
                withMeasurements ? monitoring.measurementsOfPlan(planId) : List.of(),
                queries.today());
    }

    /** Such as {@code UNMIL-integrated-strategic-framework-2004-2006.pdf}: ASCII only, at most ~80 characters. */
    static String fileName(PlanView plan, String extension) {
        String slug = Normalizer.normalize(plan.title(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        String acronym = plan.missionAcronym().replaceAll("[^A-Za-z0-9]+", "");
        String name = String.join(
                "-",
                List.of(acronym, slug.isEmpty() ? "plan" : slug).stream()
                        .filter(s -> !s.isEmpty())
                        .toList());
        return name + "-" + plan.periodStart().getYear() + "-"
                + plan.periodEnd().getYear() + "." + extension;
    }
}
