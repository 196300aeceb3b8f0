package org.sheltergis.security;

import java.util.Optional;
import org.sheltergis.layers.LayerDefinition;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the current caller may read. Every outlet asks this one place: anonymous callers read public layers only;
 * staff (PLANNER and above) read every layer; an API key reads the public layers plus the restricted layers it is
 * scoped to.
 */
@Component
public class CallerAccess {

    private final RoleHierarchy roles;

    CallerAccess(RoleHierarchy roles) {
        this.roles = roles;
    }

    /** An instance outside Spring (unit tests of outlets): it reads the same security context with the same roles. */
    public static CallerAccess standard() {
        return new CallerAccess(SecurityConfig.roleHierarchy());
    }

    /** Whether the current caller may read every restricted layer (the staff schema): staff with a role. */
    public boolean canReadRestricted() {
        return hasRole(Role.PLANNER);
    }

    /** Whether the current caller may read this layer: public layers always, restricted ones as above or by key scope. */
    public boolean canRead(LayerDefinition layer) {
        if (layer.isPublic() || canReadRestricted()) {
            return true;
        }
        return current() instanceof ApiKeyAuthentication key && key.layers().contains(layer.name());
    }

    /** Whether the current caller holds this role or one above it. */
    public boolean hasRole(Role role) {
        Authentication auth = current();
        if (auth == null) {
            return false;
        }
        return roles.getReachableGrantedAuthorities(auth.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).anyMatch(role.authority()::equals);
    }

    /** The logged-in user's name or {@code key:<prefix>}; empty for anonymous callers. */
    public Optional<String> callerName() {
        Authentication auth = current();
        return auth == null ? Optional.empty() : Optional.of(auth.getName());
    }

    /** Whether nobody is logged in and no API key was sent. */
    static boolean isAnonymous() {
        return current() == null;
    }

    private static Authentication current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return null;
        }
        return auth;
    }
}
