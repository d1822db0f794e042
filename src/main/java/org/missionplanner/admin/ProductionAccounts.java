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
 * At every start in {@code prod}: disables the demo accounts (a database first started in demo mode
 * keeps them, and their password is public), then makes the account named by APP_ADMIN_USERNAME an
 * enabled administrator, created with APP_ADMIN_PASSWORD if it does not exist, even when other
 * administrators exist.
 */
@Component
@Profile("prod")
@Order(0)
class ProductionAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProductionAccounts.class);

    private final UserProvisioning provisioning;
    private final PasswordPolicy policy;
    private final String username;
    private final String password;

    ProductionAccounts(
            UserProvisioning provisioning,
            PasswordPolicy policy,
            @Value("${app.admin.username:}") String username,
            @Value("${app.admin.password:}") String password) {
        this.provisioning = provisioning;
        this.policy = policy;
        this.username = username.trim().toLowerCase();
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        var disabled = provisioning.disableDemoAccounts();
        if (!disabled.isEmpty()) {
            log.warn("Production: disabled the demo accounts {}", disabled);
        }
        if (!username.isBlank()) {
            var problems = policy.violations(password, username);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("APP_ADMIN_PASSWORD does not meet the password policy: " + problems);
            }
            switch (provisioning.ensureAdministrator(username, password)) {
                case CREATED -> log.info("Production: created the administrator {} (APP_ADMIN_USERNAME)", username);
                case UPDATED -> log.info("Production: {} (APP_ADMIN_USERNAME) is an enabled administrator", username);
                case UNCHANGED -> {}
            }
        }
        if (provisioning.hasNoAdministrator()) {
            log.warn("Production: no enabled administrator; set APP_ADMIN_USERNAME and APP_ADMIN_PASSWORD");
        }
    }
}
