package org.missionplanner.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.missionplanner.admin.SignInRecorder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** Records every refusal in the audit log, then answers 403 (a page, or problem JSON for the API). */
class AuditingAccessDeniedHandler implements AccessDeniedHandler {

    private final SignInRecorder recorder;
    private final ProblemResponses problems;

    AuditingAccessDeniedHandler(SignInRecorder recorder, ProblemResponses problems) {
        this.recorder = recorder;
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException, ServletException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String username = authentication == null ? null : authentication.getName();
        String reason = exception instanceof CsrfException ? "missing or invalid CSRF token" : "not permitted";
        recorder.accessDenied(username, request.getMethod() + " " + request.getRequestURI() + ": " + reason);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Forbidden",
                    "You do not have permission for this request.");
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
