package org.missionplanner.security;

import org.missionplanner.admin.SignInRecorder;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.stereotype.Component;

/** Turns Spring Security's sign-in and sign-out events into counter updates and audit records. */
@Component
class AuthenticationAudit {

    private final SignInRecorder recorder;

    AuthenticationAudit(SignInRecorder recorder) {
        this.recorder = recorder;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        // a password, or single sign-on (named by the account's user name, see OidcMissionPlannerUser)
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken
                || event.getAuthentication() instanceof OAuth2LoginAuthenticationToken) {
            recorder.succeeded(event.getAuthentication().getName());
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            recorder.failed(username, "bad credentials");
        } else {
            recorder.refused(username, event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        recorder.signedOut(event.getAuthentication().getName());
    }
}
