package no.planverk.volunteers.ui.internal.volunteer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.server.streams.DownloadHandler;
import no.planverk.platform.json.JsonMappers;
import no.planverk.ui.api.CurrentUser;
import no.planverk.platform.api.UserContext;
import no.planverk.volunteers.api.VolunteerExport;
import no.planverk.volunteers.ui.internal.Services;

/** The GDPR export (right of access) as a JSON download; the service audits it when the link is followed. */
final class VolunteerJson {

    private static final ObjectMapper JSON = JsonMappers.standard();

    private VolunteerJson() {
    }

    static byte[] bytes(VolunteerExport export) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(export);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The export could not be written as JSON", e);
        }
    }

    static DownloadHandler handler(Services s, long id) {
        UserContext user = CurrentUser.require(); // the download runs outside the UI thread's session lookup
        return event -> {
            byte[] bytes = bytes(s.volunteers().export(id, user));
            event.setFileName("frivillig-" + id + ".json");
            event.setContentType("application/json; charset=UTF-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }
}
