package org.missionplanner.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The page of a list a request asks for ({@code ?page=}), kept within what a database query can
 * skip: a negative page is the first one, and a page past the last row that could ever exist
 * ({@code page=2147483647}) is simply empty, not an error.
 */
public final class PageRequests {

    private PageRequests() {}

    public static PageRequest of(int page, int size, Sort sort) {
        int lastPage = Integer.MAX_VALUE / size - 1;
        return PageRequest.of(Math.min(Math.max(page, 0), lastPage), size, sort);
    }

    public static PageRequest of(int page, int size) {
        return of(page, size, Sort.unsorted());
    }
}
