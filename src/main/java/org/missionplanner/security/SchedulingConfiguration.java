package org.missionplanner.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs {@code @Scheduled} jobs. Each must run once across instances: through
 * {@link org.missionplanner.shared.OncePerCluster}, with an advisory lock key of its own.
 */
@Configuration
@EnableScheduling
class SchedulingConfiguration {}
