package org.sheltergis.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sheltergis.common.BadRequestException;
import org.sheltergis.common.NotFoundException;
import org.sheltergis.common.SqlFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys for other GIS systems. A key is 32 random bytes shown once at creation; the register keeps only its SHA-256
 * and a short prefix to recognise it. Each key reads a fixed set of layers and can be revoked.
 */
@Service
public class ApiKeys {

    static final String HEADER = "X-API-Key";
    private static final String TOKEN_START = "sgk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final CallerAccess.Layers directory;
    private final AuditLog audit;

    ApiKeys(JdbcClient jdbc, CallerAccess.Layers directory, AuditLog audit) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
    }

    /** A key just created: the token is in clear here and nowhere else, ever. */
    public record CreatedKey(long id, String name, String prefix, List<String> layers, String token) {}

    public record KeyInfo(
            long id,
            String name,
            String prefix,
            List<String> layers,
            String createdAt,
            String createdBy,
            String revokedAt,
            String revokedBy,
            String lastUsedAt) {}

    record ActiveKey(long id, String prefix, Set<String> layers) {}

    @Transactional
    public CreatedKey create(String name, List<String> layers) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new BadRequestException("name", "name must be 1 to 200 characters");
        }
        if (layers == null || layers.isEmpty()) {
            throw new BadRequestException("layers", "a key must be scoped to at least one layer");
        }
        Set<String> scope = new LinkedHashSet<>();
        for (String layer : layers) {
            if (layer == null
                    || directory.listLayers().stream().noneMatch(l -> l.name().equals(layer))) {
                throw new BadRequestException("layers", "there is no layer named '" + layer + "'");
            }
            scope.add(layer);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_START + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String prefix = token.substring(0, 12);
        long id = jdbc.sql(SqlFiles.load("security/insert_key.sql"))
                .param("name", name.trim())
                .param("prefix", prefix)
                .param("hash", sha256(token))
                .param("layers", scope.toArray(String[]::new))
                .param("actor", audit.actor())
                .query(Long.class)
                .single();
        audit.record(
                "create",
                "api_key",
                Long.toString(id),
                null,
                Map.of("name", name.trim(), "prefix", prefix, "layers", List.copyOf(scope)));
        return new CreatedKey(id, name.trim(), prefix, List.copyOf(scope), token);
    }

    @Transactional
    public void revoke(long id) {
        KeyInfo before = listKeys().stream()
                .filter(k -> k.id() == id)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("There is no API key " + id + "."));
        jdbc.sql(SqlFiles.load("security/revoke_key.sql"))
                .param("id", id)
                .param("actor", audit.actor())
                .update();
        audit.record(
                "revoke",
                "api_key",
                Long.toString(id),
                Map.of("prefix", before.prefix(), "revoked", before.revokedAt() != null),
                Map.of("prefix", before.prefix(), "revoked", true));
    }

    public List<KeyInfo> listKeys() {
        return jdbc.sql(SqlFiles.load("security/list_keys.sql"))
                .query((rs, n) -> new KeyInfo(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("prefix"),
                        List.of((String[]) rs.getArray("layers").getArray()),
                        rs.getString("created_at"),
                        rs.getString("created_by"),
                        rs.getString("revoked_at"),
                        rs.getString("revoked_by"),
                        rs.getString("last_used_at")))
                .list();
    }

    /** The key a token belongs to, if it exists and is not revoked. */
    Optional<ActiveKey> authenticate(String token) {
        if (token == null || !token.startsWith(TOKEN_START) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(SqlFiles.load("security/use_key.sql"))
                .param("hash", sha256(token))
                .query((rs, n) -> new ActiveKey(rs.getLong("id"), rs.getString("prefix"), Set.of((String[])
                        rs.getArray("layers").getArray())))
                .optional();
    }

    static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
