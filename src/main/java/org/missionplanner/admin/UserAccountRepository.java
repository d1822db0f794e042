package org.missionplanner.admin;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    @Query("select u from UserAccount u where u.oidcIssuer = :issuer and u.oidcSubject = :subject")
    Optional<UserAccount> findByOidc(@Param("issuer") String issuer, @Param("subject") String subject);

    @Query("select u from UserAccount u where lower(u.email) = lower(:email)")
    List<UserAccount> findByEmailIgnoringCase(@Param("email") String email);

    @Query("select u.id from UserAccount u where lower(u.username) = lower(:username)")
    Optional<Long> findIdByUsername(@Param("username") String username);

    /** Locks the rows of all enabled administrators, so that two guards cannot both pass at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select u from UserAccount u where u.globalRole = org.missionplanner.admin.GlobalRole.ADMINISTRATOR and u.enabled = true")
    List<UserAccount> lockEnabledAdministrators();

    @Query(
            "select u from UserAccount u where u.globalRole = org.missionplanner.admin.GlobalRole.ADMINISTRATOR and u.enabled = true")
    List<UserAccount> findEnabledAdministrators();

    @Query("select u from UserAccount u where u.demoAccount = true and u.enabled = true order by u.username")
    List<UserAccount> findEnabledDemoAccounts();

    @Query("select u.id from UserAccount u where u.globalRole = :role and u.enabled = true")
    List<Long> findEnabledIdsWithRole(@Param("role") GlobalRole role);

    @Query("""
            select u from UserAccount u
            where (:text = '' or lower(u.username) like concat('%', :text, '%')
                   or lower(u.displayName) like concat('%', :text, '%')
                   or lower(coalesce(u.email, '')) like concat('%', :text, '%'))
              and (:role is null or u.globalRole = :role)
              and (:enabled is null or u.enabled = :enabled)
              and (:locked is null or (:locked = true and u.lockedUntil > CURRENT_TIMESTAMP)
                                   or (:locked = false and (u.lockedUntil is null or u.lockedUntil <= CURRENT_TIMESTAMP)))
              and (:missionId is null or exists (select 1 from MissionMembership m
                                                  where m.userId = u.id and m.missionId = :missionId))
            """)
    Page<UserAccount> search(
            @Param("text") String text,
            @Param("role") GlobalRole role,
            @Param("enabled") Boolean enabled,
            @Param("locked") Boolean locked,
            @Param("missionId") Long missionId,
            Pageable pageable);

    /**
     * Counts one failed sign-in and locks the account when the threshold is reached (an expired lock
     * starts a new count), in one
     * statement, so that parallel attempts can neither lose a count nor skip the lock.
     */
    @Modifying
    @Query(value = """
            update app_user
               set failed_attempts = (case when locked_until <= now() then 0 else failed_attempts end) + 1,
                   locked_until = case when (case when locked_until <= now() then 0 else failed_attempts end) + 1 >= :threshold
                                       then now() + make_interval(mins => :lockMinutes)
                                       when locked_until <= now() then null
                                       else locked_until end
             where lower(username) = lower(:username)
            """, nativeQuery = true)
    int registerFailedAttempt(
            @Param("username") String username,
            @Param("threshold") int threshold,
            @Param("lockMinutes") int lockMinutes);

    @Query(value = "select failed_attempts from app_user where lower(username) = lower(:username)", nativeQuery = true)
    Integer failedAttemptsOf(@Param("username") String username);

    @Modifying
    @Query(value = "update app_user set failed_attempts = 0, locked_until = null where id = :id", nativeQuery = true)
    void clearFailedAttempts(@Param("id") long id);

    /** The language chosen with the switch; a bulk update, so that it never conflicts with an edit of the account. */
    @Modifying
    @Query("update UserAccount u set u.preferredLanguage = :language where u.username = :username")
    int rememberLanguage(@Param("username") String username, @Param("language") String language);
}
