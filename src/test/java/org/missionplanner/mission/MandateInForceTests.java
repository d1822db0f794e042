package org.missionplanner.mission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MandateInForceTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @Test
    void theLatestAdoptedResolutionThatHasNotExpiredIsInForce() {
        var first = resolution("S/RES/1509 (2003)", "2003-09-19", "2027-09-19");
        var renewal = resolution("S/RES/1561 (2004)", "2004-09-17", "2027-09-30");
        assertThat(MandateInForce.among(List.of(first, renewal), TODAY)).containsSame(renewal);
    }

    @Test
    void anExpiredResolutionIsNotInForceEvenWhenItIsTheLatest() {
        var older = resolution("S/RES/1509 (2003)", "2003-09-19", "2026-12-31");
        var newerButExpired = resolution("S/RES/1561 (2004)", "2004-09-17", "2026-04-30");
        assertThat(MandateInForce.among(List.of(older, newerButExpired), TODAY)).containsSame(older);
    }

    @Test
    void aResolutionIsInForceOnItsExpiryDayButNotTheDayAfter() {
        var expiringToday = resolution("S/RES/1509 (2003)", "2003-09-19", "2026-05-01");
        assertThat(MandateInForce.among(List.of(expiringToday), TODAY)).containsSame(expiringToday);
        assertThat(MandateInForce.among(List.of(expiringToday), TODAY.plusDays(1)))
                .isEmpty();
    }

    @Test
    void anOpenEndedResolutionStaysInForceAndOneAdoptedLaterIsNotYet() {
        var openEnded = resolution("S/RES/1244 (1999)", "1999-06-10", null);
        var notYetAdopted = resolution("S/RES/2999 (2026)", "2026-06-01", "2027-06-01");
        assertThat(MandateInForce.among(List.of(openEnded, notYetAdopted), TODAY))
                .containsSame(openEnded);
    }

    @Test
    void noResolutionsOrAllExpiredMeansNoMandateInForce() {
        assertThat(MandateInForce.among(List.of(), TODAY)).isEmpty();
        assertThat(MandateInForce.among(List.of(resolution("S/RES/1279 (1999)", "1999-11-30", "2000-03-01")), TODAY))
                .isEmpty();
    }

    @Test
    void warnsFromSixtyDaysBeforeExpiryUntilTheExpiryDay() {
        assertThat(MandateInForce.expiresSoon(TODAY.plusDays(60), TODAY)).isTrue();
        assertThat(MandateInForce.expiresSoon(TODAY.plusDays(61), TODAY)).isFalse();
        assertThat(MandateInForce.expiresSoon(TODAY, TODAY)).isTrue();
        assertThat(MandateInForce.expiresSoon(TODAY.minusDays(1), TODAY)).isFalse();
        assertThat(MandateInForce.expiresSoon(null, TODAY)).isFalse();
    }

    @Test
    void theOverviewWarnsOnlyForTheMandateInForce() {
        var soon = new ResolutionView(
                1, "S/RES/1509 (2003)", LocalDate.of(2003, 9, 19), LocalDate.of(2026, 6, 15), null, 0, true, List.of());
        var overview = new MandateOverview(soon, List.of(soon), TODAY);
        assertThat(overview.expiresSoon()).isTrue();
        assertThat(overview.daysToExpiry()).isEqualTo(45);
        assertThat(new MandateOverview(null, List.of(), TODAY).expiresSoon()).isFalse();
    }

    @Test
    void aPeriodIsCoveredByEveryResolutionInForceOnOneOfItsDays() {
        var first = resolution("S/RES/1493 (2003)", "2003-07-28", "2004-10-01");
        var renewal = resolution("S/RES/1565 (2004)", "2004-10-01", "2005-03-31");
        var later = resolution("S/RES/1756 (2007)", "2007-05-15", "2008-12-31");
        var all = List.of(first, renewal, later);

        assertThat(MandateInForce.during(all, LocalDate.of(2004, 1, 1), LocalDate.of(2004, 12, 31)))
                .containsExactly(first, renewal);
        assertThat(MandateInForce.during(all, LocalDate.of(2006, 1, 1), LocalDate.of(2008, 12, 31)))
                .as("the gap in 2006 has no mandate; the 2007 resolution covers the rest")
                .containsExactly(later);
        assertThat(MandateInForce.during(all, LocalDate.of(2009, 1, 1), LocalDate.of(2010, 12, 31)))
                .isEmpty();
        assertThat(MandateInForce.during(all, LocalDate.of(2004, 12, 31), LocalDate.of(2004, 1, 1)))
                .isEmpty();
    }

    private static Resolution resolution(String symbol, String adopted, String expires) {
        return new Resolution(
                1L,
                new ResolutionCommand(
                        symbol,
                        LocalDate.parse(adopted),
                        expires == null ? null : LocalDate.parse(expires),
                        null,
                        List.of()));
    }
}
