package org.missionplanner.structure.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.missionplanner.structure.PostCategory;
import org.missionplanner.structure.StructureView;
import org.missionplanner.structure.UnitCategory;
import org.missionplanner.structure.UnitDetails;
import org.missionplanner.structure.UnitPosts;
import org.missionplanner.structure.UnitType;

/** The form of a unit: what it is, whom it reports to, its posts by category, and the version the planner saw. */
record UnitForm(
        @NotNull UnitType unitType,
        @Size(max = 200) String name,
        @Size(max = 200) String headTitle,
        UnitCategory category,
        @Size(max = 200) String location,
        Long reportsToId,
        List<@Valid PostsRow> posts,
        Long version,
        Long organisationId) {

    /** Posts of one category; an empty field counts as none. */
    record PostsRow(
            @NotNull PostCategory category,
            @Min(0) @Max(100_000) Integer authorised,
            @Min(0) @Max(100_000) Integer filled) {}

    static UnitForm empty(UnitType type, Long reportsToId) {
        return new UnitForm(type, "", "", null, "", reportsToId, rows(Map.of()), null, null);
    }

    static UnitForm from(StructureView.Unit unit) {
        return new UnitForm(
                unit.unitType(),
                unit.name(),
                unit.headTitle(),
                unit.category(),
                unit.location(),
                unit.reportsToId(),
                rows(unit.posts()),
                unit.version(),
                unit.organisationId());
    }

    /** A unit of the mission's own needs a name; one placing an organisation takes the organisation's acronym. */
    void checkName(org.springframework.validation.Errors errors) {
        if (organisationId == null && (name == null || name.isBlank()) && !errors.hasFieldErrors("name")) {
            errors.rejectValue("name", "structure.unit.name.required");
        }
    }

    /** A form posted without the posts rows still shows one row per category. */
    UnitForm withAllPostRows() {
        if (posts != null && posts.size() == PostCategory.values().length) {
            return this;
        }
        Map<PostCategory, UnitPosts> given =
                postsList().stream().collect(Collectors.toMap(UnitPosts::category, Function.identity(), (a, b) -> b));
        return new UnitForm(
                unitType, name, headTitle, category, location, reportsToId, rows(given), version, organisationId);
    }

    UnitDetails toDetails() {
        return new UnitDetails(
                unitType,
                name == null ? null : name.trim(),
                blankToNull(headTitle),
                category,
                blankToNull(location),
                unitType == UnitType.HEAD_OF_MISSION ? null : reportsToId,
                postsList(),
                organisationId);
    }

    private List<UnitPosts> postsList() {
        if (posts == null) {
            return List.of();
        }
        return posts.stream()
                .filter(row -> row != null && row.category() != null)
                .map(row -> new UnitPosts(row.category(), orZero(row.authorised()), orZero(row.filled())))
                .filter(p -> p.authorised() != 0 || p.filled() != 0)
                .toList();
    }

    private static List<PostsRow> rows(Map<PostCategory, UnitPosts> posts) {
        return Arrays.stream(PostCategory.values())
                .map(category -> {
                    UnitPosts p = posts.get(category);
                    return new PostsRow(category, p == null ? 0 : p.authorised(), p == null ? 0 : p.filled());
                })
                .toList();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
