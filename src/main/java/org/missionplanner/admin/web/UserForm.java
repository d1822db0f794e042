package org.missionplanner.admin.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.missionplanner.admin.EmailAddresses;
import org.missionplanner.admin.GlobalRole;
import org.missionplanner.admin.NewUser;
import org.missionplanner.admin.UserChange;
import org.missionplanner.admin.UserView;

/** Create and edit form of an account; the user name cannot change after creation. */
record UserForm(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{user.username.pattern}")
        String username,

        @NotBlank @Size(max = 200) String displayName,

        @Pattern(regexp = EmailAddresses.PATTERN, message = "{email.invalid}") @Size(max = 254)
        String email,

        @NotNull GlobalRole globalRole,
        Long version) {

    static UserForm empty() {
        return new UserForm("", "", "", GlobalRole.USER, null);
    }

    static UserForm from(UserView user) {
        return new UserForm(user.username(), user.displayName(), user.email(), user.globalRole(), user.version());
    }

    NewUser toNewUser() {
        return new NewUser(username, displayName, email, globalRole);
    }

    UserChange toChange() {
        return new UserChange(version == null ? -1 : version, displayName, email, globalRole);
    }
}
