package org.missionplanner.mission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.missionplanner.shared.BusinessRuleException;
import org.missionplanner.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and editing a mission's mandate: its resolutions and their tasks. Pages call it as {@code @mandates}. */
@Service("mandates")
@Transactional(readOnly = true)
public class Mandates {

    private final ResolutionRepository resolutions;
    private final MissionRepository missions;
    private final Clock clock;

    Mandates(ResolutionRepository resolutions, MissionRepository missions, Clock clock) {
        this.resolutions = resolutions;
        this.missions = missions;
        this.clock = clock;
    }

    /** The mandate in force today and the history of resolutions, newest first. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public MandateOverview overview(long missionId) {
        requireMission(missionId);
        return overviewOf(missionId);
    }

    /** The same as {@link #overview(long)}, for the mission overview page's summary. */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public MandateOverview inForceSummary(long missionId) {
        return overviewOf(missionId);
    }

    /**
     * The resolutions that were the mandate in force on at least one day from {@code from} to
     * {@code to}, oldest first: a plan of past years is judged against the mandates of its years,
     * not today's.
     */
    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public List<ResolutionView> inForceDuring(long missionId, LocalDate from, LocalDate to) {
        List<Resolution> history = resolutions.historyOf(missionId);
        return MandateInForce.during(history, from, to).stream()
                .map(r -> ResolutionView.of(r, r.isCurrentOn(LocalDate.now(clock))))
                .toList();
    }

    @PreAuthorize("@missionAccess.canView(#missionId, authentication)")
    public ResolutionView get(long missionId, long resolutionId) {
        var resolution = find(missionId, resolutionId);
        LocalDate today = LocalDate.now(clock);
        boolean inForce = MandateInForce.among(resolutions.historyOf(missionId), today)
                .map(r -> r.getId().equals(resolution.getId()))
                .orElse(false);
        return ResolutionView.of(resolution, inForce);
    }

    /** Checks that the user may edit this mission's mandate before a form is shown. */
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void checkEditable(long missionId) {
        requireMission(missionId);
    }

    /** Adds a resolution (a new mandate or a renewal); returns its id. */
    @Transactional
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public long add(long missionId, ResolutionCommand command) {
        requireMission(missionId);
        Resolution.validate(command);
        requireFreeSymbol(missionId, command.symbol().trim(), -1);
        return resolutions.saveAndFlush(new Resolution(missionId, command)).getId();
    }

    /** Changes a resolution; refused with a conflict when someone else saved it since {@code version}. */
    @Transactional
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void change(long missionId, long resolutionId, long version, ResolutionCommand command) {
        var resolution = find(missionId, resolutionId);
        requireVersion(resolution, version);
        Resolution.validate(command);
        requireFreeSymbol(missionId, command.symbol().trim(), resolutionId);
        resolution.apply(command);
        resolutions.flush();
    }

    /** Deletes a resolution with its tasks; refused with a conflict when someone else saved it since {@code version}. */
    @Transactional
    @PreAuthorize("@missionAccess.canEdit(#missionId, authentication)")
    public void delete(long missionId, long resolutionId, long version) {
        var resolution = find(missionId, resolutionId);
        requireVersion(resolution, version);
        resolutions.delete(resolution);
        resolutions.flush();
    }

    private MandateOverview overviewOf(long missionId) {
        LocalDate today = LocalDate.now(clock);
        List<Resolution> history = resolutions.historyOf(missionId);
        Long inForceId =
                MandateInForce.among(history, today).map(Resolution::getId).orElse(null);
        List<ResolutionView> views = history.stream()
                .map(r -> ResolutionView.of(r, r.getId().equals(inForceId)))
                .toList();
        ResolutionView inForce =
                views.stream().filter(ResolutionView::inForce).findFirst().orElse(null);
        return new MandateOverview(inForce, views, today);
    }

    private void requireMission(long missionId) {
        if (!missions.existsById(missionId)) {
            throw new NotFoundException("Mission", missionId);
        }
    }

    private Resolution find(long missionId, long resolutionId) {
        return resolutions
                .findInMission(missionId, resolutionId)
                .orElseThrow(() -> new NotFoundException("Resolution", resolutionId));
    }

    private void requireFreeSymbol(long missionId, String symbol, long exceptId) {
        if (resolutions.symbolTaken(missionId, symbol, exceptId)) {
            throw new BusinessRuleException("resolution.symbol.duplicate", "symbol");
        }
    }

    private static void requireVersion(Resolution resolution, long version) {
        if (resolution.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Resolution.class, resolution.getId());
        }
    }
}
