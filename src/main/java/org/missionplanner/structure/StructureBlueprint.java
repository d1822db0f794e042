package org.missionplanner.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A structure described before it exists: units named by keys, each reporting to an earlier
 * key, and secondary lines between keys or to entities outside the mission. The generic
 * template, copies of another mission and the demo structures are blueprints.
 */
public record StructureBlueprint(List<UnitSpec> units, List<LineSpec> lines) {

    public record UnitSpec(
            String key,
            UnitType type,
            String name,
            String headTitle,
            UnitCategory category,
            String location,
            String reportsToKey,
            List<UnitPosts> posts) {}

    public record LineSpec(String fromKey, String toKey, ExternalEntity external, String description) {}

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a blueprint unit by unit; location and posts apply to the unit added last. */
    public static final class Builder {

        private final List<UnitSpec> units = new ArrayList<>();
        private final List<LineSpec> lines = new ArrayList<>();

        public Builder unit(String key, UnitType type, String name, String headTitle, String reportsToKey) {
            return unit(key, type, type.defaultCategory(), name, headTitle, reportsToKey);
        }

        public Builder unit(
                String key, UnitType type, UnitCategory category, String name, String headTitle, String reportsToKey) {
            units.add(new UnitSpec(key, type, name, headTitle, category, null, reportsToKey, new ArrayList<>()));
            return this;
        }

        public Builder location(String location) {
            UnitSpec last = units.remove(units.size() - 1);
            units.add(new UnitSpec(
                    last.key(),
                    last.type(),
                    last.name(),
                    last.headTitle(),
                    last.category(),
                    location,
                    last.reportsToKey(),
                    last.posts()));
            return this;
        }

        public Builder posts(PostCategory category, int authorised, int filled) {
            units.get(units.size() - 1).posts().add(new UnitPosts(category, authorised, filled));
            return this;
        }

        public Builder line(String fromKey, String toKey, String description) {
            lines.add(new LineSpec(fromKey, toKey, null, description));
            return this;
        }

        public Builder external(String fromKey, ExternalEntity entity, String description) {
            lines.add(new LineSpec(fromKey, null, entity, description));
            return this;
        }

        public StructureBlueprint build() {
            return new StructureBlueprint(List.copyOf(units), List.copyOf(lines));
        }
    }
}
