package no.planverk.platform.core.internal.http;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/** The servlet context of the HTTP API at /api, apart from the UI's context at /. */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = ApiContext.NAME, path = "/api")
public class ApiContext extends ServletContextHelper {
    public static final String NAME = "planverk-api";
}
