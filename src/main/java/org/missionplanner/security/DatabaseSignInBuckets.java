package org.missionplanner.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.missionplanner.shared.OncePerCluster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The throttle's buckets in {@code security_sign_in_bucket}, shared by every instance: a pair's row
 * is locked while one attempt takes from it. A bucket left alone long enough to be full again is
 * the same as none, so those rows are deleted and made-up names cannot fill the table.
 */
@Component
class DatabaseSignInBuckets implements SignInBuckets {

    /** The clean-up's advisory lock key ("MPTHRO" in ASCII). */
    static final long LOCK_KEY = 0x4D505448524FL;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final OncePerCluster once;

    DatabaseSignInBuckets(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, OncePerCluster once) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.once = once;
    }

    @Override
    public SignInThrottle.Decision update(
            String pair, Instant now, Function<SignInThrottle.Bucket, SignInThrottle.Decision> change) {
        return transaction.execute(status -> {
            jdbc.sql("""
                            insert into security_sign_in_bucket (pair, tokens, updated_at, refusing)
                            values (:pair, :tokens, :now, false) on conflict (pair) do nothing""")
                    .param("pair", pair)
                    .param("tokens", (double) SignInThrottle.CAPACITY)
                    .param("now", Timestamp.from(now))
                    .update();
            SignInThrottle.Bucket bucket = jdbc.sql(
                            "select tokens, updated_at, refusing from security_sign_in_bucket where pair = :pair for update")
                    .param("pair", pair)
                    .query((row, number) -> new SignInThrottle.Bucket(
                            row.getDouble(1), row.getTimestamp(2).toInstant(), row.getBoolean(3)))
                    .single();
            SignInThrottle.Decision decision = change.apply(bucket);
            jdbc.sql("""
                            update security_sign_in_bucket set tokens = :tokens, updated_at = :updated, refusing = :refusing
                            where pair = :pair""")
                    .param("tokens", bucket.tokens)
                    .param("updated", Timestamp.from(bucket.updatedAt))
                    .param("refusing", bucket.refusing)
                    .param("pair", pair)
                    .update();
            return decision;
        });
    }

    @Override
    public void forget(String pair) {
        jdbc.sql("delete from security_sign_in_bucket where pair = :pair")
                .param("pair", pair)
                .update();
    }

    @Scheduled(cron = "${app.sign-in-throttle.cleanup-cron:0 */10 * * * *}")
    void forgetFullBuckets() {
        Instant full = Instant.now(clock).minus(SignInThrottle.REFILL_EVERY.multipliedBy(SignInThrottle.CAPACITY));
        once.run(
                LOCK_KEY,
                () -> jdbc.sql("delete from security_sign_in_bucket where updated_at < :full")
                        .param("full", Timestamp.from(full))
                        .update());
    }
}
