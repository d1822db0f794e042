package org.missionplanner.account.web;

import jakarta.validation.constraints.NotBlank;

record PasswordForm(
        @NotBlank String currentPassword, @NotBlank String newPassword, String confirmPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }

    boolean isConfirmed() {
        return newPassword == null || newPassword.equals(confirmPassword);
    }
}
