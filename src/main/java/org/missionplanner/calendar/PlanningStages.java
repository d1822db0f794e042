package org.missionplanner.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.missionplanner.shared.MissionDirectory;
import org.missionplanner.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stages of a mission's integrated planning process: read by whoever may see the mission,
 * added, changed and deleted by its planners. A change names the version it was made on and is
 * refused with a conflict when someone else saved the stage since.
 */
@Service
@Transactional(readOnly = true)
public class PlanningStages {

    private final StageRepository stages;
    private final MissionDirectory missions;
    private final Clock clock;

    PlanningStages(StageRepository stages, MissionDirectory missions, Clock clock) {
        this.stages = stages;
        this.missions = missions;
        this.clock = clock;
    }

    /** The mission's stages, earliest first. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public List<StageView> stagesOf(long missionId) {
        requireMission(missionId);
        return stages.findByMission(missionId).stream().map(StageView::of).toList();
    }

    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public StageView get(long missionId, long stageId) {
        return StageView.of(find(missionId, stageId));
    }

    /** Checks that the user may edit this mission's stages before a form is shown. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void checkEditable(long missionId) {
        requireMission(missionId);
    }

    @Transactional
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public StageView add(long missionId, StageCommand command) {
        requireMission(missionId);
        return StageView.of(stages.saveAndFlush(new Stage(missionId, command, today())));
    }

    @Transactional
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public StageView change(long missionId, long stageId, long version, StageCommand command) {
        Stage stage = find(missionId, stageId);
        requireVersion(stage, version);
        stage.apply(command, today());
        stages.flush();
        return StageView.of(stage);
    }

    @Transactional
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void delete(long missionId, long stageId, long version) {
        Stage stage = find(missionId, stageId);
        requireVersion(stage, version);
        stages.delete(stage);
        stages.flush();
    }

    /** For demo data: whether the mission has any stage yet. */
    public boolean hasStages(long missionId) {
        return stages.anyInMission(missionId);
    }

    /** For demo data, without a user: adds a stage after the same checks. */
    @Transactional
    public long seed(long missionId, StageCommand command) {
        requireMission(missionId);
        return stages.save(new Stage(missionId, command, today())).getId();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void requireMission(long missionId) {
        if (!missions.exists(missionId)) {
            throw new NotFoundException("Mission", missionId);
        }
    }

    private Stage find(long missionId, long stageId) {
        return stages.findInMission(missionId, stageId).orElseThrow(() -> new NotFoundException("Stage", stageId));
    }

    private static void requireVersion(Stage stage, long version) {
        if (stage.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Stage.class, stage.getId());
        }
    }
}
