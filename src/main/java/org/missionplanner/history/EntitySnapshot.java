package org.missionplanner.history;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.missionplanner.actor.PartyColumns;

/**
 * The fields of one recorded version of an entity, as words: ids of units and organisations become
 * their names (a pair such as leadUnitId / leadOrganisationId becomes one field "lead"), so do ids of
 * objectives, results and plans; enums become codes the wording translates ({@link HistoryValues}),
 * embedded values readable text. Bookkeeping fields (ids of the owner, versions) are left out.
 */
final class EntitySnapshot {

    private static final Set<String> LEFT_OUT = Set.of("id", "version", "missionId", "planId", "createdAt");
    /** Fields that hold the id of another part of a plan, and the name the history gives them. */
    private static final Map<String, String> PART_REFERENCES =
            Map.of("objectiveId", "objective", "resultId", "result", "parentPlanId", "parentPlan");

    private static final List<String> LABEL_FIELDS =
            List.of("title", "name", "acronym", "symbol", "definition", "description");

    private EntitySnapshot() {}

    /** Field name to value in words, in declaration order (a mapped superclass's fields first). */
    static Map<String, String> fields(Object entity, HistoryNames names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : declaredFields(entity.getClass())) {
            if (Modifier.isStatic(field.getModifiers()) || LEFT_OUT.contains(field.getName())) {
                continue;
            }
            String name = field.getName();
            Object value = read(field, entity);
            if (name.endsWith("UnitId") || name.equals("reportsToId")) {
                String party = name.equals("reportsToId") ? "reportsTo" : name.substring(0, name.length() - 6);
                merge(values, party, names.unit((Long) value));
            } else if (name.endsWith("OrganisationId") || name.equals("organisationId")) {
                String party = name.equals("organisationId") ? "organisation" : name.substring(0, name.length() - 14);
                merge(values, party, names.organisation((Long) value));
            } else if (name.equals("nationalCounterpartIds") && value instanceof Collection<?> ids) {
                // a task's national counterparts (national actors, organisations of the registry), by name
                values.put(
                        "nationalCounterparts",
                        ids.isEmpty()
                                ? null
                                : ids.stream()
                                        .map(id -> names.organisation((Long) id))
                                        .sorted()
                                        .collect(java.util.stream.Collectors.joining(", ")));
            } else if (PART_REFERENCES.containsKey(name)) {
                values.put(PART_REFERENCES.get(name), names.part(name, (Number) value));
            } else {
                values.put(name, words(value, names));
            }
        }
        return values;
    }

    /** What a person calls the entity: its title, name, acronym, symbol or description. */
    static String label(Object entity) {
        for (String candidate : LABEL_FIELDS) {
            try {
                Field field = entity.getClass().getDeclaredField(candidate);
                Object value = read(field, entity);
                if (value != null && !value.toString().isBlank()) {
                    return value.toString();
                }
            } catch (NoSuchFieldException e) {
                // try the next one
            }
        }
        return "";
    }

    static long id(Object entity) {
        return declaredFields(entity.getClass()).stream()
                .filter(field -> field.getName().equals("id"))
                .findFirst()
                .map(field -> ((Number) read(field, entity)).longValue())
                .orElseThrow(() -> new IllegalStateException(entity.getClass() + " has no id"));
    }

    /** The fields of the class and of the classes it extends, such as a plan part's id and position. */
    private static List<Field> declaredFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            fields.addAll(0, List.of(current.getDeclaredFields()));
        }
        return fields;
    }

    private static void merge(Map<String, String> values, String field, String name) {
        if (name != null || !values.containsKey(field)) {
            values.put(field, name);
        }
    }

    private static Object read(Field field, Object entity) {
        try {
            field.setAccessible(true);
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    static String words(Object value, HistoryNames names) {
        if (value == null) {
            return null;
        }
        if (value instanceof PartyColumns party) {
            return party.unitId() != null ? names.unit(party.unitId()) : names.organisation(party.organisationId());
        }
        if (value instanceof Enum<?> constant) {
            return HistoryValues.code(constant);
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean flag) {
            return HistoryValues.code(flag);
        }
        if (value instanceof Collection<?> items) {
            List<String> parts = new ArrayList<>();
            items.forEach(item -> parts.add(words(item, names)));
            return parts.isEmpty()
                    ? null
                    : String.join(
                            ", ",
                            parts.stream().filter(Objects::nonNull).sorted().toList());
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            map.forEach((key, item) -> parts.add(words(key, names) + ": " + words(item, names)));
            return parts.isEmpty()
                    ? null
                    : String.join("; ", parts.stream().sorted().toList());
        }
        if (value.getClass().isRecord()) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    String part = words(component.getAccessor().invoke(value), names);
                    if (part != null) {
                        parts.add(part);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return String.join(" ", parts);
        }
        if (value.getClass().isAnnotationPresent(jakarta.persistence.Embeddable.class)) {
            List<String> parts = new ArrayList<>();
            for (Field field : value.getClass().getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    String part = words(read(field, value), names);
                    if (part != null) {
                        parts.add(part);
                    }
                }
            }
            return String.join(" ", parts);
        }
        return value.toString();
    }
}
