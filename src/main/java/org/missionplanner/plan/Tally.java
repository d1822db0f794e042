package org.missionplanner.plan;

import org.springframework.modulith.NamedInterface;

/** How many tasks have one value of something (a dimension, a horizon, a status); a null key is "none". */
@NamedInterface("read-model")
public record Tally<K>(K key, long count) {}
