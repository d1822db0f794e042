package org.missionplanner.planview.export;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.missionplanner.monitoring.PlanMonitoring;
import org.missionplanner.plan.PlanOutline;
import org.missionplanner.plan.PlanOutlines;
import org.missionplanner.plan.PlanQueries;
import org.missionplanner.plan.PlanView;
import org.missionplanner.plan.ShownVersion;
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
    private final PlanOutlines outlines;
    private final PlanMonitoring monitoring;
    private final MissionDirectory missions;
    private final PlanDocument document;
    private final PlanWorkbook workbook;
    private final TransactionTemplate readOnly;
    private final ExportSlots slots;

    PlanExports(
            PlanQueries queries,
            PlanOutlines outlines,
            PlanMonitoring monitoring,
            MissionDirectory missions,
            PlanDocument document,
            PlanWorkbook workbook,
            PlatformTransactionManager transactions,
            ExportSlots slots) {
        this.queries = queries;
        this.outlines = outlines;
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
        return pdf(planId, ShownVersion.DRAFT, locale);
    }

    /** The draft or a version of the plan (the version in force, a numbered one) as an A4 document. */
    public Export pdf(long planId, ShownVersion shown, Locale locale) {
        return pdf(planId, shown, locale, false);
    }

    /**
     * The same, {@code accessible}: tagged for assistive technology (PDF/UA), which embeds whole
     * fonts and a structure tree: about six times the size and twice the time, hence on request.
     */
    public Export pdf(long planId, ShownVersion shown, Locale locale, boolean accessible) {
        return slots.render(() -> {
            PlanExportData data = read(planId, shown, false);
            return new Export(
                    document.render(data, locale, accessible),
                    fileName(data.outline().plan(), shown, "pdf"));
        });
    }

    /** The plan as a workbook of one sheet per kind of element. */
    public Export xlsx(long planId, Locale locale) {
        return xlsx(planId, ShownVersion.DRAFT, locale);
    }

    /** The draft or a version of the plan as a workbook; a version's indicators with their live measurements. */
    public Export xlsx(long planId, ShownVersion shown, Locale locale) {
        return slots.render(() -> {
            PlanExportData data = read(planId, shown, true);
            return new Export(
                    workbook.render(data, locale), fileName(data.outline().plan(), shown, "xlsx"));
        });
    }

    private PlanExportData read(long planId, ShownVersion shown, boolean withMeasurements) {
        return readOnly.execute(tx -> readInTransaction(planId, shown, withMeasurements));
    }

    private PlanExportData readInTransaction(long planId, ShownVersion shown, boolean withMeasurements) {
        PlanOutline outline = shown.draft() ? queries.outline(planId) : outlines.outline(planId, shown);
        var mission = missions.byIds(List.of(outline.plan().missionId()))
                .get(outline.plan().missionId());
        return new PlanExportData(
                outline,
                mission == null ? outline.plan().missionAcronym() : mission.fullName(),
                withMeasurements ? measurementsOf(planId, outline, shown) : List.of(),
                queries.today());
    }

    /** The plan's measurements; for a version, those of the indicators it has (kept by id). */
    private List<org.missionplanner.monitoring.MeasurementView> measurementsOf(
            long planId, PlanOutline outline, ShownVersion shown) {
        var all = monitoring.measurementsOfPlan(planId);
        if (shown.draft()) {
            return all;
        }
        var ids = outline.allIndicators().stream()
                .map(org.missionplanner.plan.IndicatorView::id)
                .collect(java.util.stream.Collectors.toSet());
        return all.stream().filter(m -> ids.contains(m.indicatorId())).toList();
    }

    /** As below, with {@code -approved} or {@code -v3} before the extension for a version. */
    static String fileName(PlanView plan, ShownVersion shown, String extension) {
        String name = fileName(plan, extension);
        return shown.draft()
                ? name
                : name.substring(0, name.length() - extension.length() - 1)
                        + (shown.approved() ? "-approved" : "-v" + shown.number())
                        + "." + extension;
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
