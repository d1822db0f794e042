package org.missionplanner.security;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How many rows of each table have been inserted, updated or deleted so far. Two snapshots differ
 * when a request wrote any row, even one it wrote back unchanged. Row-level triggers count the
 * writes while {@link #install} is in force, so a snapshot is one small query instead of hashing
 * every table. The audit log's ACCESS_DENIED rows and the refusal counts are not counted: writing
 * those is exactly what a refused request is supposed to do. Envers' tables and Flyway's follow the tables they record.
 */
record DatabaseSnapshot(Map<String, Long> writes) {

    private static final String COUNTERS = "matrix_row_writes";

    /** Counts the writes to every application table from now on, until {@link #uninstall}. */
    static void install(JdbcTemplate jdbc) {
        jdbc.execute(
                "create table if not exists " + COUNTERS + " (table_name text primary key, writes bigint not null)");
        jdbc.execute("""
                create or replace function matrix_count_write() returns trigger language plpgsql as $$
                begin
                  insert into %1$s values (tg_table_name, 1)
                      on conflict (table_name) do update set writes = %1$s.writes + 1;
                  return null;
                end $$""".formatted(COUNTERS));
        for (String table : countedTables(jdbc)) {
            String when = table.equals("audit_event") ? " when (new.event_type <> 'ACCESS_DENIED')" : "";
            String events = table.equals("audit_event") ? "insert" : "insert or update or delete";
            jdbc.execute("drop trigger if exists matrix_count_write on " + table);
            jdbc.execute("create trigger matrix_count_write after " + events + " on " + table + " for each row" + when
                    + " execute function matrix_count_write()");
        }
    }

    /** Stops counting: the other test classes write without the triggers. */
    static void uninstall(JdbcTemplate jdbc) {
        for (String table : countedTables(jdbc)) {
            jdbc.execute("drop trigger if exists matrix_count_write on " + table);
        }
        jdbc.execute("drop function if exists matrix_count_write()");
        jdbc.execute("drop table if exists " + COUNTERS);
    }

    static DatabaseSnapshot take(JdbcTemplate jdbc) {
        Map<String, Long> writes = new TreeMap<>();
        jdbc.query("select table_name, writes from " + COUNTERS, row -> {
            writes.put(row.getString(1), row.getLong(2));
        });
        return new DatabaseSnapshot(writes);
    }

    /** The tables written to between this snapshot and the later one, with the number of rows. */
    List<String> changesUntil(DatabaseSnapshot later) {
        var tables = new TreeSet<>(writes.keySet());
        tables.addAll(later.writes.keySet());
        return tables.stream()
                .filter(table -> later.count(table) != count(table))
                .map(table -> table + ": " + (later.count(table) - count(table)) + " rows written")
                .toList();
    }

    private long count(String table) {
        return writes.getOrDefault(table, 0L);
    }

    private static List<String> countedTables(JdbcTemplate jdbc) {
        return jdbc.queryForList("""
                select tablename from pg_tables
                 where schemaname = current_schema()
                   and tablename not like '%\\_aud' and tablename not like 'spring\\_session%'
                   and tablename not in ('flyway_schema_history', 'revision', 'audit_access_denial', ?)
                 order by tablename""", String.class, COUNTERS);
    }
}
