package org.missionplanner.admin;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MissionMembershipRepository extends JpaRepository<MissionMembership, Long> {

    List<MissionMembership> findByUserIdOrderByMissionId(long userId);

    List<MissionMembership> findByMissionIdOrderByUserId(long missionId);

    Optional<MissionMembership> findByUserIdAndMissionId(long userId, long missionId);

    @Query("""
            select m.role from MissionMembership m, UserAccount u
            where m.userId = u.id and lower(u.username) = lower(:username) and m.missionId = :missionId
            """)
    Optional<MembershipRole> roleOf(@Param("username") String username, @Param("missionId") long missionId);

    @Query("""
            select m.missionId from MissionMembership m, UserAccount u
            where m.userId = u.id and lower(u.username) = lower(:username)
            """)
    List<Long> missionIdsOf(@Param("username") String username);

    @Query("select m.userId from MissionMembership m where m.missionId = :missionId and m.role = :role")
    List<Long> userIdsWithRole(@Param("missionId") long missionId, @Param("role") MembershipRole role);

    @Query("select m.userId from MissionMembership m where m.missionId = :missionId")
    List<Long> userIdsOf(@Param("missionId") long missionId);

    @Query("""
            select count(m) > 0 from MissionMembership m, UserAccount u
            where m.userId = u.id and lower(u.username) = lower(:username) and m.missionId = :missionId
              and m.humanitarianCoordination = true
            """)
    boolean holdsHumanitarianCoordination(@Param("username") String username, @Param("missionId") long missionId);

    @Query("""
            select u.username from MissionMembership m, UserAccount u
            where m.userId = u.id and m.missionId = :missionId and m.humanitarianCoordination = true
            order by u.username
            """)
    List<String> humanitarianCoordinators(@Param("missionId") long missionId);
}
