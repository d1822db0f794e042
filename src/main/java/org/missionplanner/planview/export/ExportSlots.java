package org.missionplanner.planview.export;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many exports this instance renders at once. A PDF of a large plan holds its whole layout in
 * memory for seconds; without a bound, a few at once exhausted a 512 MB heap and the instance
 * stopped answering. Past the bound a request waits a moment for a slot, then is turned away with
 * {@link ExportsBusyException} (503 with {@code Retry-After}) instead of queueing without end.
 */
@Component
class ExportSlots {

    private final Semaphore slots;
    private final Duration wait;

    ExportSlots(
            @Value("${app.export.max-concurrent:2}") int maxConcurrent,
            @Value("${app.export.slot-wait:3s}") Duration wait) {
        this.slots = new Semaphore(Math.max(1, maxConcurrent), true);
        this.wait = wait;
    }

    <T> T render(Supplier<T> export) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportsBusyException();
        }
        if (!acquired) {
            throw new ExportsBusyException();
        }
        try {
            return export.get();
        } finally {
            slots.release();
        }
    }
}
