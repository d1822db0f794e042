package org.missionplanner.account.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.missionplanner.admin.EmailAddresses;

/** The e-mail address on the preferences form; the modes come as one parameter per kind ("mode.COMMENT"). */
record MailSettingsForm(
        @Size(max = 254, message = "{email.invalid}")
        @Pattern(regexp = EmailAddresses.PATTERN, message = "{email.invalid}")
        String email) {}
