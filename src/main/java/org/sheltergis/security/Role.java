package org.sheltergis.security;

/**
 * Staff roles, each including the ones below it: ADMIN > EDITOR > PLANNER. Anonymous callers have no role; machine
 * clients use API keys, which carry no role but a set of layers.
 */
public enum Role {
    PLANNER,
    EDITOR,
    ADMIN;

    /** The authority Spring Security checks ({@code ROLE_} + name). */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Role parse(String text, String parameter) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return r;
            }
        }
        throw new org.sheltergis.common.BadRequestException(
                parameter, parameter + " must be one of PLANNER, EDITOR, ADMIN");
    }
}
