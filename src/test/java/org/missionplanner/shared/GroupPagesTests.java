package org.missionplanner.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GroupPagesTests {

    static final List<Integer> SIZES = List.of(18, 18, 18, 18, 18, 18, 18, 100, 5);
    static final List<String> GROUPS = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");

    @Test
    void fillsPagesWithWholeGroupsUpToTheLimit() {
        var first = GroupPages.of(SIZES, 60, 0);

        assertThat(first.getTotalPages()).isEqualTo(5);
        assertThat(first.slice(GROUPS)).containsExactly("a", "b", "c");
        assertThat(GroupPages.of(SIZES, 60, 1).slice(GROUPS)).containsExactly("d", "e", "f");
        assertThat(GroupPages.of(SIZES, 60, 2).slice(GROUPS)).containsExactly("g");
        assertThat(GroupPages.of(SIZES, 60, 3).slice(GROUPS)).containsExactly("h");
        assertThat(GroupPages.of(SIZES, 60, 4).slice(GROUPS)).containsExactly("i");
    }

    @Test
    void givesAGroupLargerThanAPageAPageOfItsOwn() {
        var pages = GroupPages.of(List.of(5, 300, 5), 100, 1);

        assertThat(pages.getTotalPages()).isEqualTo(3);
        assertThat(pages.slice(List.of("x", "big", "y"))).containsExactly("big");
    }

    @Test
    void clampsAPageOutOfRange() {
        var beyond = GroupPages.of(SIZES, 60, 99);
        var before = GroupPages.of(SIZES, 60, -3);

        assertThat(beyond.getNumber()).isEqualTo(4);
        assertThat(beyond.isLast()).isTrue();
        assertThat(beyond.slice(GROUPS)).containsExactly("i");
        assertThat(before.getNumber()).isZero();
        assertThat(before.isFirst()).isTrue();
    }

    @Test
    void hasOneEmptyPageWithoutGroups() {
        var pages = GroupPages.of(List.of(), 60, 4);

        assertThat(pages.getTotalPages()).isEqualTo(1);
        assertThat(pages.slice(List.of())).isEmpty();
    }
}
