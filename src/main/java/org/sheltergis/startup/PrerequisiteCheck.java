package org.sheltergis.startup;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Checks the database before anything else touches it (before the context is refreshed, so before Flyway). Registered
 * in META-INF/spring.factories, so it runs for every start of the service, its commands and its test contexts.
 * {@code shelter.startup.check-database=false} skips it.
 */
public class PrerequisiteCheck implements ApplicationListener<ApplicationPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        var env = event.getApplicationContext().getEnvironment();
        if (env.getProperty("shelter.startup.check-database", Boolean.class, true)) {
            new DatabasePrerequisites(env).check();
        }
    }
}
