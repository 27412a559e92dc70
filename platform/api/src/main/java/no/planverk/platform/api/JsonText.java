package no.planverk.platform.api;

/** JSON a module has written itself, put into the export of all data as JSON (not as a string). */
public record JsonText(String json) {
}
