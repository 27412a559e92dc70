package no.planverk.platform.api;

import java.util.Arrays;
import java.util.Optional;

/**
 * Planverk's roles. The role ids are the role names in Karaf's JAAS realm ({@code etc/users.properties}).
 * {@link #ADMIN} may do everything; any role may read.
 */
public enum Role {
    ADMIN("admin"),
    PLANNER("planner"),
    UNIT_LEADER("unit-leader"),
    COORDINATOR("coordinator"),
    READER("reader");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
