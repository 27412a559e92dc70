package no.planverk.platform.api;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The signed-in user: name, Planverk roles and the organisation units (by code) the user belongs to.
 * Units come from JAAS roles named {@code unit:<CODE>}; a unit leader edits what belongs to them.
 * Passed to services that check or audit.
 */
public record UserContext(String username, Set<Role> roles, Set<String> units) {

    /** Prefix of a JAAS role that names a unit the user belongs to, e.g. {@code unit:ALV-HO}. */
    public static final String UNIT_ROLE_PREFIX = "unit:";

    public UserContext {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        units = units == null ? Set.of() : Set.copyOf(units);
    }

    public UserContext(String username, Set<Role> roles) {
        this(username, roles, Set.of());
    }

    /** The same user as a member of the given units. */
    public UserContext withUnits(String... unitCodes) {
        return new UserContext(username, roles, Set.of(unitCodes));
    }

    public static UserContext of(String username, Role... roles) {
        return new UserContext(username, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    /**
     * The user of a JAAS subject, such as the one logged in to the Karaf shell: the name of its
     * {@code UserPrincipal}, Planverk roles and {@code unit:<CODE>} units from its {@code RolePrincipal}s
     * (Karaf's JAAS principal classes, recognised by name so this API needs no Karaf import).
     */
    public static UserContext of(javax.security.auth.Subject subject) {
        if (subject == null) {
            throw new AccessDeniedException(Message.of("platform.denied.nobody", "No user is logged in."));
        }
        String name = null;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<String> units = new java.util.TreeSet<>();
        for (java.security.Principal p : subject.getPrincipals()) {
            String kind = p.getClass().getSimpleName();
            if (kind.equals("UserPrincipal") && name == null) {
                name = p.getName();
            } else if (kind.equals("RolePrincipal")) {
                Role.fromId(p.getName()).ifPresent(roles::add);
                if (p.getName().startsWith(UNIT_ROLE_PREFIX)) {
                    units.add(p.getName().substring(UNIT_ROLE_PREFIX.length()));
                }
            }
        }
        return new UserContext("shell:" + (name == null ? "unknown" : name), roles, units);
    }

    /** A system actor for demo data loaders and migrations. */
    public static UserContext system(String name) {
        return of("system:" + name, Role.ADMIN);
    }

    /**
     * True when the user may act in the given role: admins may do everything and every Planverk role
     * may read.
     */
    public boolean has(Role role) {
        if (roles.contains(Role.ADMIN) || roles.contains(role)) {
            return true;
        }
        return role == Role.READER && !roles.isEmpty();
    }

    /** True when the user has at least one of the roles. */
    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(this::has);
    }

    /** Throws {@link AccessDeniedException} unless the user {@link #has} the role. */
    public void require(Role role) {
        if (!has(role)) {
            throw new AccessDeniedException(Message.of("platform.denied.role", "User ''{0}'' lacks the role ''{1}''.", username, role.id()));
        }
    }
}
