package org.sheltergis.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator, so there is someone to create the other accounts. With SHELTER_ADMIN_PASSWORD set, the
 * user {@code admin} is created with it if missing. Without it, and only while there is no user at all, {@code admin}
 * is created with a random password that is printed once, here. There is no default password anywhere.
 */
@Component
@Profile("!cli")
class FirstAdmin {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Users users;
    private final SecuritySettings settings;
    private final TransactionTemplate transactions;

    FirstAdmin(Users users, SecuritySettings settings, TransactionTemplate transactions) {
        this.users = users;
        this.settings = settings;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureAdmin() {
        transactions.executeWithoutResult(tx -> {
            if (!settings.adminPassword().isEmpty()) {
                if (users.findUser(USERNAME).isEmpty()) {
                    users.create(USERNAME, "Administrator", Role.ADMIN, settings.adminPassword());
                    log.info("Created the administrator '{}' with the password from SHELTER_ADMIN_PASSWORD.", USERNAME);
                }
                return;
            }
            if (users.countUsers() == 0) {
                String password = generatePassword();
                users.create(USERNAME, "Administrator", Role.ADMIN, password);
                log.warn("""

                        ================================================================
                          First start: created the administrator '{}'.
                          Its password, shown this once:  {}
                          Log in at /login.html and change it, or set SHELTER_ADMIN_PASSWORD.
                        ================================================================""", USERNAME, password);
            }
        });
    }

    static String generatePassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
