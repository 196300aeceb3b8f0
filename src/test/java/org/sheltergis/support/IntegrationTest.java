package org.sheltergis.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the running service on a random port and the real PostGIS test database (holding the ×1 sample,
 * loaded on first start). All such tests share one application context, whose clock they can move on
 * ({@link MovableClock}); the accounts a test class makes are deleted after it ({@link TestAccounts}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(MovableClock.Config.class)
@ExtendWith(TestAccounts.class)
public @interface IntegrationTest {}
