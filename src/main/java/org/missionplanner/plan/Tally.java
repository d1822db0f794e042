package org.missionplanner.plan;

/** How many tasks have one value of something (a dimension, a horizon, a status); a null key is "none". */
public record Tally<K>(K key, long count) {}
