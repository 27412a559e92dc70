package no.planverk.platform.api;

import java.util.Map;

/** The JSON body of every error answer. {@code fields} names bad input fields, or is null. */
public record ApiError(int status, String message, Map<String, String> fields) {
}
