package org.missionplanner.admin;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FirstSignInTokenRepository extends JpaRepository<FirstSignInToken, String> {

    /** Locked, so that two clicks on the same link cannot both set a password. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from FirstSignInToken t where t.tokenHash = :hash")
    Optional<FirstSignInToken> lockByHash(@Param("hash") String hash);
}
