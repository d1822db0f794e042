package org.missionplanner.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every write the clients sent, keyed by the part it wrote ({@code task-12}, {@code plan-3}): those
 * acknowledged (a 2xx answer received), and those whose outcome is unknown (no answer, or a 5xx:
 * the write may or may not have been committed). A write refused with 4xx is not recorded: it
 * changed nothing. An acknowledged change from version {@code v} is the part's value at version
 * {@code v + 1}, because only one change can succeed from a given version.
 *
 * <p>{@link #check} compares the ledger with the parts as the database holds them at the end:
 * nothing acknowledged may be missing or overwritten by an older value.
 */
final class WriteLedger {

    /** What one part saw: its acknowledged values by version, its deletion, what else was tried. */
    private static final class Part {
        final Map<Long, String> acknowledged = new TreeMap<>();
        final List<String> conflictingAcknowledgements = new ArrayList<>();
        final Set<String> tried = ConcurrentHashMap.newKeySet();
        int unknownChanges;
        boolean createdAcknowledged;
        boolean deleteAcknowledged;
        boolean deleteUnknown;
        long maxAcknowledgedVersion = -1;
        long maxAcknowledgedAtNanos;
    }

    /** A part as the database holds it at the end. */
    record Stored(long version, String value) {}

    private final Map<String, Part> parts = new ConcurrentHashMap<>();

    private Part part(String key) {
        return parts.computeIfAbsent(key, k -> new Part());
    }

    /** A creation answered 2xx: the part exists with this value at version 0. */
    void created(String key, String value) {
        Part part = part(key);
        synchronized (part) {
            part.createdAcknowledged = true;
            part.tried.add(value);
            acknowledge(part, 0, value);
        }
    }

    /** A change sent from version {@code from}, answered 2xx. */
    void changed(String key, long from, String value) {
        Part part = part(key);
        synchronized (part) {
            part.tried.add(value);
            acknowledge(part, from + 1, value);
        }
    }

    /** A change whose outcome is unknown (no answer, or a server error). */
    void changeUnknown(String key, String value) {
        Part part = part(key);
        synchronized (part) {
            part.tried.add(value);
            part.unknownChanges++;
        }
    }

    void deleted(String key) {
        Part part = part(key);
        synchronized (part) {
            part.deleteAcknowledged = true;
        }
    }

    void deleteUnknown(String key) {
        Part part = part(key);
        synchronized (part) {
            part.deleteUnknown = true;
        }
    }

    /**
     * A read that started at {@code sentAtNanos} saw the part at {@code version}: if a change to a
     * later version had been acknowledged before the read started, the version went backwards.
     */
    boolean wentBackwards(String key, long version, long sentAtNanos) {
        Part part = parts.get(key);
        if (part == null) {
            return false;
        }
        synchronized (part) {
            return part.maxAcknowledgedVersion > version && part.maxAcknowledgedAtNanos - sentAtNanos < 0;
        }
    }

    int acknowledgedWrites() {
        return parts.values().stream()
                .mapToInt(p -> p.acknowledged.size() + (p.deleteAcknowledged ? 1 : 0))
                .sum();
    }

    private static void acknowledge(Part part, long version, String value) {
        String earlier = part.acknowledged.putIfAbsent(version, value);
        if (earlier != null && !earlier.equals(value)) {
            part.conflictingAcknowledgements.add(
                    "version " + version + " acknowledged both as '" + earlier + "' and as '" + value + "'");
        }
        if (version > part.maxAcknowledgedVersion) {
            part.maxAcknowledgedVersion = version;
            part.maxAcknowledgedAtNanos = System.nanoTime();
        }
    }

    /**
     * The lost or inconsistent writes, one line each: {@code stored} holds every part of the ledger
     * that still exists, by key (as {@code task-12}), with its version and value.
     */
    List<String> check(Map<String, Stored> stored) {
        List<String> problems = new ArrayList<>();
        parts.forEach((key, part) -> {
            synchronized (part) {
                problems.addAll(part.conflictingAcknowledgements.stream()
                        .map(p -> key + ": lost update, " + p)
                        .toList());
                Stored now = stored.get(key);
                boolean everWritten = !part.acknowledged.isEmpty();
                if (now == null) {
                    if (everWritten && !part.deleteAcknowledged && !part.deleteUnknown) {
                        problems.add(key + ": acknowledged at version " + part.maxAcknowledgedVersion
                                + " but missing, and never deleted");
                    }
                    return;
                }
                if (part.deleteAcknowledged) {
                    problems.add(key + ": deletion acknowledged, but still there at version " + now.version());
                }
                if (!everWritten) {
                    return;
                }
                if (now.version() < part.maxAcknowledgedVersion) {
                    problems.add(key + ": lost update, version " + part.maxAcknowledgedVersion
                            + " acknowledged but the database holds version " + now.version() + " ('" + now.value()
                            + "')");
                }
                String atVersion = part.acknowledged.get(now.version());
                if (atVersion != null && !atVersion.equals(now.value())) {
                    problems.add(key + ": lost update, version " + now.version() + " acknowledged as '" + atVersion
                            + "' but the database holds '" + now.value() + "'");
                }
                if (atVersion == null && !part.tried.contains(now.value())) {
                    problems.add(key + ": holds '" + now.value() + "' at version " + now.version()
                            + ", a value no client wrote");
                }
                long changesAcknowledged =
                        part.acknowledged.keySet().stream().filter(v -> v > 0).count();
                // each successful change adds exactly one to the version
                if (part.createdAcknowledged && now.version() > changesAcknowledged + part.unknownChanges) {
                    problems.add(key + ": version " + now.version() + " but only " + changesAcknowledged
                            + " acknowledged and " + part.unknownChanges + " unanswered changes were sent");
                }
            }
        });
        return problems;
    }
}
