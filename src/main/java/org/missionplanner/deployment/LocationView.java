package org.missionplanner.deployment;

/**
 * A deployment location in a year. {@code troops} is the year's average number of troops there;
 * GeoPKO records whether UN police and military observers were there, not how many
 * ({@code police}, {@code observers}); {@code headquarters} is null where there is none.
 */
public record LocationView(
        String name,
        double latitude,
        double longitude,
        int troops,
        boolean police,
        boolean observers,
        Headquarters headquarters,
        String country) {}
