package org.missionplanner.partner.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.missionplanner.partner.Arrangement;
import org.missionplanner.partner.ArrangementPeriod;
import org.missionplanner.partner.Assessment;
import org.missionplanner.partner.CmcoordRelationship;
import org.missionplanner.partner.FocalPoint;
import org.missionplanner.partner.PartnershipDetails;
import org.missionplanner.partner.PartnershipView;
import org.missionplanner.partner.Principle;
import org.missionplanner.partner.PrincipleAssessment;
import org.missionplanner.partner.Sector;
import org.missionplanner.shared.DateRange;

/** The partnership form: the organisation, arrangement, period, sectors, focal points, the five principles, the version seen. */
@DateRange
record PartnershipForm(
        @NotNull Long organisationId,
        @NotNull Arrangement arrangement,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        Set<Sector> sectors,
        List<@Valid FocalPointRow> focalPoints,
        @Size(max = 300) String agreementReference,
        @Size(max = 4000) String notes,
        List<@Valid PrincipleRow> principles,
        CmcoordRelationship cmcoordRelationship,
        List<PeriodRow> otherPeriods,
        Long version)
        implements DateRange.Dated {

    static final int FOCAL_POINT_ROWS = 3;
    static final int OTHER_PERIOD_ROWS = 2;

    /** An earlier or later period with another arrangement; an empty row is ignored. */
    record PeriodRow(Arrangement arrangement, LocalDate from, LocalDate to) {

        boolean isEmpty() {
            return arrangement == null && from == null && to == null;
        }
    }

    /** A focal point; a row without a name is ignored. */
    record FocalPointRow(
            @Size(max = 200) String name,
            @Size(max = 200) String role,
            @Email @Size(max = 200) String email) {}

    /** One principle's assessment; an empty assessment counts as not assessed. */
    record PrincipleRow(
            @NotNull Principle principle,
            Assessment assessment,
            @Size(max = 2000) String note) {}

    static PartnershipForm empty() {
        return new PartnershipForm(
                        null, null, null, null, Set.of(), List.of(), "", "", List.of(), null, List.of(), null)
                .withAllRows();
    }

    /** The latest period in the main fields, the others as rows. */
    static PartnershipForm from(PartnershipView p) {
        ArrangementPeriod latest = p.periods().get(p.periods().size() - 1);
        List<PeriodRow> others = p.periods().subList(0, p.periods().size() - 1).stream()
                .map(o -> new PeriodRow(o.arrangement(), o.from(), o.to()))
                .toList();
        return new PartnershipForm(
                        p.organisationId(),
                        latest.arrangement(),
                        latest.from(),
                        latest.to(),
                        p.sectors(),
                        p.focalPoints().stream()
                                .map(f -> new FocalPointRow(f.name(), f.role(), f.email()))
                                .toList(),
                        p.agreementReference(),
                        p.notes(),
                        p.principles().stream()
                                .map(v -> new PrincipleRow(v.principle(), v.assessment(), v.note()))
                                .toList(),
                        p.cmcoordRelationship(),
                        others,
                        p.version())
                .withAllRows();
    }

    /** Five principle rows in order and at least three focal-point rows, keeping what was entered. */
    PartnershipForm withAllRows() {
        Map<Principle, PrincipleRow> given = new EnumMap<>(Principle.class);
        if (principles != null) {
            principles.stream()
                    .filter(r -> r != null && r.principle() != null)
                    .forEach(r -> given.put(r.principle(), r));
        }
        List<PrincipleRow> rows = new ArrayList<>();
        for (Principle p : Principle.values()) {
            rows.add(given.getOrDefault(p, new PrincipleRow(p, Assessment.NOT_ASSESSED, "")));
        }
        List<FocalPointRow> points = new ArrayList<>(
                focalPoints == null
                        ? List.of()
                        : focalPoints.stream()
                                .map(r -> r == null ? new FocalPointRow("", "", "") : r)
                                .toList());
        while (points.size() < FOCAL_POINT_ROWS) {
            points.add(new FocalPointRow("", "", ""));
        }
        List<PeriodRow> periodRows = new ArrayList<>(
                otherPeriods == null
                        ? List.of()
                        : otherPeriods.stream()
                                .map(r -> r == null ? new PeriodRow(null, null, null) : r)
                                .toList());
        long filled = periodRows.stream().filter(r -> !r.isEmpty()).count();
        while (periodRows.size() < Math.max(OTHER_PERIOD_ROWS, filled + 1)) {
            periodRows.add(new PeriodRow(null, null, null));
        }
        return new PartnershipForm(
                organisationId,
                arrangement,
                startDate,
                endDate,
                sectors == null ? Set.of() : sectors,
                points,
                agreementReference,
                notes,
                rows,
                cmcoordRelationship,
                periodRows,
                version);
    }

    PartnershipDetails toDetails() {
        Map<Principle, PrincipleAssessment> assessed = new EnumMap<>(Principle.class);
        if (principles != null) {
            principles.stream()
                    .filter(r -> r != null && r.principle() != null)
                    .forEach(r -> assessed.put(
                            r.principle(),
                            new PrincipleAssessment(
                                    r.assessment() == null ? Assessment.NOT_ASSESSED : r.assessment(),
                                    blankToNull(r.note()))));
        }
        List<FocalPoint> points = focalPoints == null
                ? List.of()
                : focalPoints.stream()
                        .filter(r -> r != null && r.name() != null && !r.name().isBlank())
                        .map(r -> new FocalPoint(r.name().trim(), blankToNull(r.role()), blankToNull(r.email())))
                        .toList();
        return new PartnershipDetails(
                organisationId,
                arrangement,
                startDate,
                endDate,
                sectors,
                points,
                blankToNull(agreementReference),
                blankToNull(notes),
                assessed,
                cmcoordRelationship,
                periods());
    }

    /** The main period first, then the filled rows; none when no row is filled. */
    private List<ArrangementPeriod> periods() {
        List<ArrangementPeriod> periods = new ArrayList<>();
        filledRows().forEach(i -> periods.add(periodOf(otherPeriods.get(i))));
        if (periods.isEmpty()) {
            return List.of();
        }
        periods.add(0, new ArrangementPeriod(arrangement, startDate, endDate));
        return periods;
    }

    private List<Integer> filledRows() {
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; otherPeriods != null && i < otherPeriods.size(); i++) {
            if (otherPeriods.get(i) != null && !otherPeriods.get(i).isEmpty()) {
                rows.add(i);
            }
        }
        return rows;
    }

    private static ArrangementPeriod periodOf(PeriodRow row) {
        return new ArrangementPeriod(row.arrangement(), row.from(), row.to());
    }

    /**
     * The form field of a rule's field: {@code periods[0].from} is the main start date,
     * {@code periods[k].from} the k-th filled row.
     */
    String fieldOf(String field) {
        if (field == null || !field.startsWith("periods[")) {
            return field;
        }
        int index = Integer.parseInt(field.substring("periods[".length(), field.indexOf(']')));
        String name = field.substring(field.indexOf("].") + 2);
        if (index == 0) {
            return switch (name) {
                case "from" -> "startDate";
                case "to" -> "endDate";
                default -> "arrangement";
            };
        }
        return "otherPeriods[" + filledRows().get(index - 1) + "]." + name;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
