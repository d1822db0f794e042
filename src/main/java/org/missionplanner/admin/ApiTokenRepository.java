package org.missionplanner.admin;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);

    @Modifying
    @Query("update ApiToken t set t.revokedAt = :at where t.userId = :userId and t.revokedAt is null")
    int revokeAllOf(@Param("userId") long userId, @Param("at") Instant at);
}
