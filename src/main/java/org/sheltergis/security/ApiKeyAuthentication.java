package org.sheltergis.security;

import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A machine client authenticated by an API key: no staff role, only the layers the key is scoped to. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final long keyId;
    private final String prefix;
    private final Set<String> layers;

    ApiKeyAuthentication(long keyId, String prefix, Set<String> layers) {
        super(List.of(new SimpleGrantedAuthority("API_KEY")));
        this.keyId = keyId;
        this.prefix = prefix;
        this.layers = Set.copyOf(layers);
        setAuthenticated(true);
    }

    Set<String> layers() {
        return layers;
    }

    long keyId() {
        return keyId;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return "key:" + prefix;
    }

    @Override
    public String getName() {
        return "key:" + prefix;
    }
}
