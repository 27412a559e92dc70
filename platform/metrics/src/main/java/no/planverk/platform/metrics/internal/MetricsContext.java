package no.planverk.platform.metrics.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/** The servlet context of {@code /metrics}, apart from the UI's and the API's. */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = MetricsContext.NAME, path = "/metrics")
public class MetricsContext extends ServletContextHelper {
    public static final String NAME = "planverk-metrics";
}
