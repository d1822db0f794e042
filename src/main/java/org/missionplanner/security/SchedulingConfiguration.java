package org.missionplanner.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs {@code @Scheduled} jobs. The only one is {@link ExpiredSessionCleanup}; any job added must
 * run once across instances, as that one does with an advisory lock.
 */
@Configuration
@EnableScheduling
class SchedulingConfiguration {}
