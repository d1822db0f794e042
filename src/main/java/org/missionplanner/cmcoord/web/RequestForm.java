package org.missionplanner.cmcoord.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.missionplanner.cmcoord.RequestDetails;
import org.missionplanner.cmcoord.RequestView;

/**
 * A request as the register's form and the API take it; the API may also give the principles as
 * assessed so far, and names the version it saw when it replaces a request.
 */
record RequestForm(
        @NotNull Long organisationId,
        @NotBlank @Size(max = 300) String asset,
        @NotBlank @Size(max = 300) String location,
        @NotNull LocalDate neededFrom,
        @NotNull LocalDate neededUntil,
        @NotBlank @Size(max = 4000) String need,
        @NotBlank @Size(max = 4000) String civilianAlternatives,
        @Valid List<PrincipleForm> principles,
        Long version) {

    static RequestForm empty() {
        return new RequestForm(null, "", "", null, null, "", "", List.of(), null);
    }

    static RequestForm from(RequestView request) {
        return new RequestForm(
                request.organisationId(),
                request.asset(),
                request.location(),
                request.neededFrom(),
                request.neededUntil(),
                request.need(),
                request.civilianAlternatives(),
                request.principles().stream().map(PrincipleForm::of).toList(),
                request.version());
    }

    RequestDetails toDetails() {
        return new RequestDetails(
                organisationId,
                asset.trim(),
                location.trim(),
                neededFrom,
                neededUntil,
                need.trim(),
                civilianAlternatives.trim(),
                principles == null
                        ? List.of()
                        : principles.stream().map(PrincipleForm::toAssessment).toList());
    }
}
