package no.planverk.volunteers.api;

/**
 * A unit's volunteer contact person (a member of staff): the Planverk user name, which lets a unit leader
 * see the volunteers of the unit's assignments, and how volunteers reach them.
 */
public record UnitContact(long unitId, String username, String name, String email, String phone) {
}
