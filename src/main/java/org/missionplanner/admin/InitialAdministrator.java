package org.missionplanner.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside {@code prod}, on a new installation, creates the first administrator from
 * APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD. Does nothing once any enabled administrator exists.
 * In {@code prod}, {@link ProductionAccounts} does more.
 */
@Component
@Profile("!prod")
@Order(0)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserProvisioning provisioning;
    private final PasswordPolicy policy;
    private final String username;
    private final String password;

    InitialAdministrator(
            UserProvisioning provisioning,
            PasswordPolicy policy,
            @Value("${app.admin.username:}") String username,
            @Value("${app.admin.password:}") String password) {
        this.provisioning = provisioning;
        this.policy = policy;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || !provisioning.hasNoAdministrator()) {
            return;
        }
        var problems = policy.violations(password, username);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("APP_ADMIN_PASSWORD does not meet the password policy: " + problems);
        }
        provisioning.ensureUser(username.toLowerCase(), "Administrator", GlobalRole.ADMINISTRATOR, password);
        log.info("Created the first administrator account");
    }
}
