package org.sheltergis.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.common.SqlFiles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: created with a role by an admin, disabled rather than deleted, passwords kept as bcrypt hashes. */
@Service
public class Users implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final int minPasswordLength;

    Users(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.audit = audit;
        this.minPasswordLength = settings.minPasswordLength();
    }

    public record UserInfo(
            long id, String username, String displayName, Role role, boolean enabled, String createdAt) {}

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql(SqlFiles.load("security/user_by_name.sql"))
                .param("username", username)
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(rs.getString("role"))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    }

    @Transactional
    public UserInfo create(String username, String displayName, Role role, String password) {
        String name = normalise(username);
        if (!name.matches("[a-z0-9][a-z0-9_.-]{1,63}")) {
            throw new BadRequestException(
                    "username", "username must be 2-64 characters: lower-case letters, digits, _ . -");
        }
        checkPassword(password);
        long id;
        try {
            id = jdbc.sql(SqlFiles.load("security/insert_user.sql"))
                    .param("username", name)
                    .param("display", displayName)
                    .param("hash", encoder.encode(password))
                    .param("role", role.name())
                    .param("actor", audit.actor())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new BadRequestException("username", "the user name '" + name + "' is taken");
        }
        UserInfo user = getUser(id);
        audit.record("create", "user", Long.toString(id), null, user);
        return user;
    }

    /** A user name as stored: trimmed, lower case. */
    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Disabling a user or changing the role ends the user's sessions in the same transaction: the next request of any
     * of them, on any instance, is anonymous (a role change takes effect at the next login).
     */
    @Transactional
    public UserInfo update(long id, Boolean enabled, Role role, String displayName) {
        UserInfo before = getUser(id);
        jdbc.sql(SqlFiles.load("security/update_user.sql"))
                .param("id", id)
                .param("enabled", enabled)
                .param("role", role == null ? null : role.name())
                .param("display", displayName)
                .update();
        UserInfo after = getUser(id);
        if ((before.enabled() && !after.enabled()) || before.role() != after.role()) {
            endSessions(after.username(), null);
        }
        audit.record("update", "user", Long.toString(id), before, after);
        return after;
    }

    /** An admin sets a new password; every session of the user ends. */
    @Transactional
    public void resetPassword(long id, String password) {
        UserInfo user = getUser(id);
        checkPassword(password);
        jdbc.sql(SqlFiles.load("security/set_password.sql"))
                .param("id", id)
                .param("hash", encoder.encode(password))
                .update();
        endSessions(user.username(), null);
        // The password (or its hash) never goes into the audit log: only the fact that it changed.
        audit.record("reset_password", "user", Long.toString(id), null, Map.of("username", user.username()));
    }

    /**
     * A user changes their own password, proving the current one; their other sessions end, this one stays. Returns
     * false (and changes nothing) when the current password is wrong.
     */
    @Transactional
    public boolean changeOwnPassword(
            String username, String currentPassword, String newPassword, String keepSessionId) {
        checkPassword(newPassword);
        UserInfo user =
                findUser(username).orElseThrow(() -> new NotFoundException("There is no user " + username + "."));
        String hash = jdbc.sql(SqlFiles.load("security/user_by_name.sql"))
                .param("username", user.username())
                .query((rs, n) -> rs.getString("password_hash"))
                .single();
        if (currentPassword == null || !fitsBcrypt(currentPassword) || !encoder.matches(currentPassword, hash)) {
            return false;
        }
        jdbc.sql(SqlFiles.load("security/set_password.sql"))
                .param("id", user.id())
                .param("hash", encoder.encode(newPassword))
                .update();
        endSessions(user.username(), keepSessionId);
        audit.record("change_password", "user", Long.toString(user.id()), null, Map.of("username", user.username()));
        return true;
    }

    /** Deletes the user's sessions (but {@code keepSessionId}'s, if given): one statement, in the caller's transaction. */
    private void endSessions(String username, String keepSessionId) {
        jdbc.sql(SqlFiles.load("security/end_sessions.sql"))
                .param("username", username)
                .param("keep", keepSessionId)
                .update();
    }

    /** bcrypt reads at most 72 bytes; a longer password is refused rather than silently cut. */
    static boolean fitsBcrypt(String password) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }

    static final int MAX_PASSWORD_BYTES = 72;

    public UserInfo getUser(long id) {
        return jdbc.sql(SqlFiles.load("security/list_users.sql").replace("/*where*/", "WHERE id = :id"))
                .param("id", id)
                .query(this::info)
                .optional()
                .orElseThrow(() -> new NotFoundException("There is no user " + id + "."));
    }

    public Optional<UserInfo> findUser(String username) {
        return jdbc.sql(SqlFiles.load("security/list_users.sql").replace("/*where*/", "WHERE username = :u"))
                .param("u", username)
                .query(this::info)
                .optional();
    }

    public List<UserInfo> listUsers() {
        return jdbc.sql(SqlFiles.load("security/list_users.sql"))
                .query(this::info)
                .list();
    }

    public long countUsers() {
        return jdbc.sql("SELECT count(*) FROM core.users").query(Long.class).single();
    }

    private void checkPassword(String password) {
        if (password == null || password.length() < minPasswordLength || !fitsBcrypt(password)) {
            throw new BadRequestException(
                    "password",
                    "password must be at least " + minPasswordLength + " characters and at most " + MAX_PASSWORD_BYTES
                            + " bytes in UTF-8 (a Chinese character takes 3)");
        }
    }

    private UserInfo info(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new UserInfo(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getString("created_at"));
    }
}
