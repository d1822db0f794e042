package org.missionplanner.account.web;

import jakarta.validation.constraints.NotBlank;

/** The first password a new user chooses through their link, typed twice. */
record FirstPasswordForm(
        String token,
        @NotBlank String newPassword,
        @NotBlank String confirmPassword) {

    static FirstPasswordForm of(String token) {
        return new FirstPasswordForm(token, "", "");
    }

    boolean isConfirmed() {
        return newPassword != null && newPassword.equals(confirmPassword);
    }
}
