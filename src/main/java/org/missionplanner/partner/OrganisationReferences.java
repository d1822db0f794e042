package org.missionplanner.partner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every column that references the organisation table, found at run time in the PostgreSQL
 * catalog (so that a table added later is covered), and the moving of references from one
 * organisation to another, without breaking a unique constraint or an ordered list.
 */
@Component
class OrganisationReferences {

    /** A foreign-key column to the organisation table. */
    record Reference(String table, String column, boolean nullable, boolean hasId, boolean ordered) {}

    private final JdbcTemplate jdbc;

    OrganisationReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Reference> all() {
        return jdbc.query(
                """
                select cl.relname, a.attname, not a.attnotnull,
                       exists (select 1 from pg_attribute i where i.attrelid = cl.oid and i.attname = 'id'
                                  and not i.attisdropped),
                       exists (select 1 from pg_attribute p where p.attrelid = cl.oid and p.attname = 'position'
                                  and not p.attisdropped)
                  from pg_constraint c
                  join pg_class cl on cl.oid = c.conrelid
                  join pg_namespace n on n.oid = cl.relnamespace
                  join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                 where c.contype = 'f' and c.confrelid = 'organisation'::regclass
                   and cardinality(c.conkey) = 1 and n.nspname = current_schema()
                 order by cl.relname, a.attname""",
                (rs, i) -> new Reference(
                        rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5)));
    }

    /** How many rows name the organisation, over every reference. */
    int count(long organisationId) {
        int total = 0;
        for (Reference r : all()) {
            Integer n = jdbc.queryForObject(
                    "select count(*) from " + quote(r.table()) + " where " + quote(r.column()) + " = ?",
                    Integer.class,
                    organisationId);
            total += n == null ? 0 : n;
        }
        return total;
    }

    /**
     * Moves every reference from {@code from} to {@code to}; returns how many rows named
     * {@code from}. A row that would then repeat one of {@code to} under a unique constraint is
     * removed (a join row) or loses the reference (an entity with its own id); an ordered list (a
     * {@code position} column) keeps each organisation once, at its first place, numbered again.
     */
    int move(long from, long to) {
        int moved = 0;
        for (Reference r : all()) {
            String table = quote(r.table());
            String column = quote(r.column());
            for (List<String> others : uniqueColumnsBeside(r)) {
                StringBuilder same = new StringBuilder();
                for (String other : others) {
                    same.append(" and t.")
                            .append(quote(other))
                            .append(" is not distinct from s.")
                            .append(quote(other));
                }
                String clash = "s." + column + " = ? and exists (select 1 from " + table + " t where t." + column
                        + " = ?" + same + ")";
                if (r.hasId() && r.nullable()) {
                    moved += jdbc.update("update " + table + " s set " + column + " = null where " + clash, from, to);
                } else {
                    moved += jdbc.update("delete from " + table + " s where " + clash, from, to);
                }
            }
            moved += jdbc.update("update " + table + " set " + column + " = ? where " + column + " = ?", to, from);
            if (r.ordered() && !r.hasId()) {
                keepOnceInOrderedLists(r, to);
            }
        }
        return moved;
    }

    /** For each unique index on the column (plain columns only), the other columns it holds. */
    private List<List<String>> uniqueColumnsBeside(Reference r) {
        List<List<String>> result = new ArrayList<>();
        jdbc.query(
                """
                select array(select a.attname from unnest(i.indkey) k join pg_attribute a
                               on a.attrelid = i.indrelid and a.attnum = k) as columns,
                       i.indexprs is null as plain
                  from pg_index i
                 where i.indrelid = ?::regclass and i.indisunique""",
                rs -> {
                    if (!rs.getBoolean("plain")) {
                        return;
                    }
                    String[] columns = (String[]) rs.getArray("columns").getArray();
                    List<String> all = List.of(columns);
                    if (all.contains(r.column())) {
                        result.add(
                                all.stream().filter(c -> !c.equals(r.column())).toList());
                    }
                },
                r.table());
        return result;
    }

    /** An ordered list of parties (task supporters, body members...): the organisation once, positions from 0. */
    private void keepOnceInOrderedLists(Reference r, long organisationId) {
        List<String> owners = primaryKeyColumns(r.table()).stream()
                .filter(c -> !c.equals("position"))
                .toList();
        if (owners.isEmpty()) {
            return;
        }
        String table = quote(r.table());
        String column = quote(r.column());
        StringBuilder sameOwner = new StringBuilder();
        for (String owner : owners) {
            sameOwner.append(" and d.").append(quote(owner)).append(" = s.").append(quote(owner));
        }
        jdbc.update(
                "delete from " + table + " s where s." + column + " = ? and exists (select 1 from " + table
                        + " d where d." + column + " = s." + column + sameOwner + " and d.position < s.position)",
                organisationId);
        renumber(table, owners);
    }

    /**
     * A party and the set of parties beside it on the same record, where one organisation may not be
     * both: a task's lead and its supporters.
     */
    record PartyAndSet(
            String ownerTable, String partyColumn, String setTable, String setOwnerColumn, String setColumn) {}

    /** The pairs the application's rules keep apart (a task's lead is never also its supporter). */
    static final List<PartyAndSet> PARTY_AND_SET = List.of(
            new PartyAndSet("plan_task", "lead_organisation_id", "plan_task_supporter", "task_id", "organisation_id"));

    /**
     * Removes the organisation from the sets where it is also the party (after a merge, a supporter that
     * now leads the task), numbering the set again from 0; returns how many rows went.
     */
    int dropFromSetsItIsThePartyOf(long organisationId) {
        int dropped = 0;
        for (PartyAndSet pair : PARTY_AND_SET) {
            String set = quote(pair.setTable());
            int removed = jdbc.update(
                    "delete from " + set + " s using " + quote(pair.ownerTable()) + " o where o.id = s."
                            + quote(pair.setOwnerColumn()) + " and s." + quote(pair.setColumn()) + " = ? and o."
                            + quote(pair.partyColumn()) + " = s." + quote(pair.setColumn()),
                    organisationId);
            if (removed > 0) {
                renumber(set, List.of(pair.setOwnerColumn()));
            }
            dropped += removed;
        }
        return dropped;
    }

    /** Numbers each owner's rows from 0 in their order, in two passes (the position is in the primary key). */
    private void renumber(String table, List<String> owners) {
        String partition = String.join(
                ", ", owners.stream().map(OrganisationReferences::quote).toList());
        StringBuilder join = new StringBuilder();
        for (String owner : owners) {
            join.append("r.")
                    .append(quote(owner))
                    .append(" = s.")
                    .append(quote(owner))
                    .append(" and ");
        }
        jdbc.update("update " + table + " s set position = -1 - r.rn from (select " + partition
                + ", position, row_number() over (partition by " + partition + " order by position) - 1 as rn from "
                + table + ") r where " + join + "r.position = s.position and r.rn <> s.position");
        jdbc.update("update " + table + " set position = -1 - position where position < 0");
    }

    private List<String> primaryKeyColumns(String table) {
        return jdbc.queryForList("""
                select a.attname from pg_index i
                  join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                 where i.indrelid = ?::regclass and i.indisprimary""", String.class, table);
    }

    private static final Set<Character> SAFE = Set.of('_');

    /** A catalog name as an SQL identifier; the names come from the catalog, never from a request. */
    private static String quote(String identifier) {
        for (char c : identifier.toCharArray()) {
            if (!Character.isLetterOrDigit(c) && !SAFE.contains(c)) {
                throw new IllegalStateException("Unexpected identifier " + identifier);
            }
        }
        return '"' + identifier + '"';
    }
}
