package org.sheltergis.support;

import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The accounts a test class made (users, their sessions, API keys), through the services, the admin API or
 * {@link StaffClient}, are deleted after its last test, so the classes after it and a second run find the accounts as
 * the sample left them. Registered by {@link IntegrationTest}: whatever has an id above the highest one there was
 * before the class is the class's. The administrator stays, and so do the audit rows (they are history).
 */
public final class TestAccounts implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestAccounts.class);

    private record Marks(long user, long apiKey) {}

    @Override
    public void beforeAll(ExtensionContext context) {
        JdbcClient jdbc = jdbc(context);
        context.getStore(NAMESPACE).put(Marks.class, new Marks(highest(jdbc, "users"), highest(jdbc, "api_keys")));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Marks marks = context.getStore(NAMESPACE).remove(Marks.class, Marks.class);
        if (marks == null) {
            return;
        }
        JdbcClient jdbc = jdbc(context);
        List<String> names = jdbc.sql(
                        "DELETE FROM core.users WHERE id > :mark AND username <> 'admin' RETURNING username")
                .param("mark", marks.user())
                .query(String.class)
                .list();
        if (!names.isEmpty()) {
            jdbc.sql("DELETE FROM sessions.spring_session WHERE principal_name = ANY(:names)")
                    .param("names", names.toArray(String[]::new))
                    .update();
        }
        jdbc.sql("DELETE FROM core.api_keys WHERE id > :mark")
                .param("mark", marks.apiKey())
                .update();
    }

    private static long highest(JdbcClient jdbc, String table) {
        // The table names are the two above, never input.
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM core." + table)
                .query(Long.class)
                .single();
    }

    private static JdbcClient jdbc(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(JdbcClient.class);
    }
}
