package no.planverk.platform.metrics.internal;

import io.micrometer.core.instrument.Gauge;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardListener;

/**
 * Open UI sessions ({@code planverk_ui_sessions}): the HTTP sessions of the UI's context, which hold Vaadin's sessions.
 * Registered as HttpSessionListener: the whiteboard finds listeners by that name, not by EventListener.
 */
@Component(service = HttpSessionListener.class)
@HttpWhiteboardListener
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=planverk-ui)")
public class SessionCounter implements HttpSessionListener {

    private final AtomicLong open = new AtomicLong();
    private final Metrics metrics;
    private final Gauge gauge;

    @Activate
    public SessionCounter(@Reference Metrics metrics) {
        this.metrics = metrics;
        this.gauge = Gauge.builder("planverk.ui.sessions", open, AtomicLong::get).strongReference(true)
                .description("Open UI sessions").register(metrics.registry());
    }

    @Deactivate
    void close() {
        metrics.registry().remove(gauge);
    }

    @Override
    public void sessionCreated(HttpSessionEvent se) {
        open.incrementAndGet();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
        open.updateAndGet(n -> Math.max(0, n - 1));
    }
}
