package org.missionplanner.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages that hold whole groups (a plan's objectives, say) of at most about {@code perPage} items
 * each: a group is never cut, so a group larger than a page gets a page of its own. The page asked
 * for is clamped: below the first gives the first, beyond the last gives the last. Pages are
 * numbered from 0, as Spring Data's are, so the shared pager fragment shows them.
 */
public final class GroupPages {

    private final List<Integer> firstGroups;
    private final int groups;
    private final int number;

    private GroupPages(List<Integer> firstGroups, int groups, int number) {
        this.firstGroups = firstGroups;
        this.groups = groups;
        this.number = number;
    }

    /** The pages of groups of these sizes, in order, positioned on the page asked for (clamped). */
    public static GroupPages of(List<Integer> groupSizes, int perPage, int requested) {
        List<Integer> firstGroups = new ArrayList<>();
        int onPage = 0;
        for (int g = 0; g < groupSizes.size(); g++) {
            int size = groupSizes.get(g);
            if (firstGroups.isEmpty() || (onPage > 0 && onPage + size > perPage)) {
                firstGroups.add(g);
                onPage = 0;
            }
            onPage += size;
        }
        if (firstGroups.isEmpty()) {
            firstGroups.add(0);
        }
        int number = Math.max(0, Math.min(requested, firstGroups.size() - 1));
        return new GroupPages(List.copyOf(firstGroups), groupSizes.size(), number);
    }

    /** One page holding every group. */
    public static GroupPages single(int groups) {
        return new GroupPages(List.of(0), groups, 0);
    }

    /** The groups of the current page, taken from all the groups (in the order their sizes were given). */
    public <T> List<T> slice(List<T> allGroups) {
        return allGroups.subList(firstGroup(), endGroup());
    }

    /** Index of the first group on the current page. */
    public int firstGroup() {
        return firstGroups.get(number);
    }

    /** Index after the last group on the current page. */
    public int endGroup() {
        return number + 1 < firstGroups.size() ? firstGroups.get(number + 1) : groups;
    }

    public int getNumber() {
        return number;
    }

    public int getTotalPages() {
        return firstGroups.size();
    }

    public boolean isFirst() {
        return number == 0;
    }

    public boolean isLast() {
        return number == firstGroups.size() - 1;
    }
}
