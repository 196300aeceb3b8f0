package org.sheltergis.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the current caller may read: the one access decision every outlet asks (REST, WMS, OGC API Features, exports,
 * the GeoServer publication). Anonymous callers read public layers only; staff (PLANNER and above) read every layer;
 * an API key reads the public layers plus the restricted layers it is scoped to.
 *
 * <p>Outlets ask {@link #canRead(Layer)} per layer and key their caches and validators by {@link #scope()}: answers
 * for a scope that {@link Scope#isAnonymous() reads what anyone reads} are the same for everyone and may be cached
 * publicly; any other answer is private to callers of that scope. This package knows layers only as {@link Layer}
 * (the layer catalog's definitions implement it), so {@code security} does not depend on {@code layers}.
 */
@Component
public class CallerAccess {

    /** What the decision needs to know of a layer. */
    public interface Layer {
        String name();

        boolean isPublic();
    }

    /** The layers there are (the layer catalog), so a key's scope is judged against real layers. */
    public interface Layers {
        List<? extends Layer> listLayers();
    }

    /**
     * What one caller may read: every layer ({@code allLayers}, staff), or the public layers plus the named restricted
     * ones. A value: equal scopes read equal answers, so {@link #key()} is fit for ETags and cache keys.
     */
    public record Scope(boolean allLayers, SortedSet<String> restrictedLayers) {

        /** What anyone reads without logging in: the public layers. */
        public static final Scope ANONYMOUS = new Scope(false, new TreeSet<>());
        /** What staff read: every layer. */
        public static final Scope STAFF = new Scope(true, new TreeSet<>());

        public Scope {
            restrictedLayers = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(restrictedLayers));
        }

        public boolean canRead(Layer layer) {
            return layer.isPublic() || allLayers || restrictedLayers.contains(layer.name());
        }

        /** Whether this scope reads exactly what an anonymous caller reads: its answers are the same for everyone. */
        public boolean isAnonymous() {
            return !allLayers && restrictedLayers.isEmpty();
        }

        /** {@code public}, {@code staff} or {@code layers:a,b}: a stable text for cache keys and ETags. */
        public String key() {
            return allLayers
                    ? "staff"
                    : restrictedLayers.isEmpty() ? "public" : "layers:" + String.join(",", restrictedLayers);
        }

        /** The scope of an answer drawn from these layers alone: anonymous when they are all public. */
        public Scope forAnswerFrom(Collection<? extends Layer> layers) {
            return layers.stream().allMatch(Layer::isPublic) ? ANONYMOUS : this;
        }
    }

    private final RoleHierarchy roles;
    private final Layers directory;

    CallerAccess(RoleHierarchy roles, Layers directory) {
        this.roles = roles;
        this.directory = directory;
    }

    /** An instance outside Spring (unit tests of outlets): it reads the same security context with the same roles. */
    public static CallerAccess standard(Layers directory) {
        return new CallerAccess(SecurityConfig.roleHierarchy(), directory);
    }

    /** What the current caller may read. */
    public Scope scope() {
        Authentication auth = current();
        if (auth == null) {
            return Scope.ANONYMOUS;
        }
        if (hasRole(auth, Role.PLANNER)) {
            return Scope.STAFF;
        }
        if (auth instanceof ApiKeyAuthentication key) {
            return new Scope(false, restricted(key.layers()));
        }
        return Scope.ANONYMOUS;
    }

    /** Whether the current caller may read this layer: public layers always, restricted ones by role or key scope. */
    public boolean canRead(Layer layer) {
        return scope().canRead(layer);
    }

    /** Whether the current caller may read every restricted layer and the register behind them: staff with a role. */
    public boolean canReadRestricted() {
        return scope().allLayers();
    }

    /** Whether the current caller holds this role or one above it. */
    public boolean hasRole(Role role) {
        Authentication auth = current();
        return auth != null && hasRole(auth, role);
    }

    /** The logged-in user's name or {@code key:<prefix>}; empty for anonymous callers. */
    public Optional<String> callerName() {
        Authentication auth = current();
        return auth == null ? Optional.empty() : Optional.of(auth.getName());
    }

    /** The restricted layers among a key's scope (a key may also name public layers, which everyone reads). */
    private SortedSet<String> restricted(Set<String> names) {
        SortedSet<String> out = new TreeSet<>();
        for (Layer layer : directory.listLayers()) {
            if (!layer.isPublic() && names.contains(layer.name())) {
                out.add(layer.name());
            }
        }
        return out;
    }

    private boolean hasRole(Authentication auth, Role role) {
        return roles.getReachableGrantedAuthorities(auth.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
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
