package org.missionplanner.planview.web;

import java.util.Arrays;
import java.util.Optional;
import org.missionplanner.plan.Dimension;
import org.missionplanner.plan.FundingSource;
import org.missionplanner.planview.MatrixFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The matrix's filters as the query string carries them. Values that name nothing (a hand-edited
 * address) filter nothing rather than fail.
 */
record MatrixFilterParams(String dimension, String actor, String funding) {

    MatrixFilter toFilter() {
        return new MatrixFilter(parse(Dimension.class, dimension), actor, parse(FundingSource.class, funding));
    }

    /** The address of a matrix view (page or file) with the same filters. */
    String url(String contextPath, long planId, String suffix) {
        MatrixFilter filter = toFilter();
        return UriComponentsBuilder.fromPath(contextPath)
                .path("/plans/{planId}/matrix" + suffix)
                .queryParamIfPresent("dimension", Optional.ofNullable(filter.dimension()))
                .queryParamIfPresent("actor", Optional.ofNullable(filter.actorKey()))
                .queryParamIfPresent("funding", Optional.ofNullable(filter.fundingSource()))
                .buildAndExpand(planId)
                .encode()
                .toUriString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(value.trim()))
                .findFirst()
                .orElse(null);
    }
}
