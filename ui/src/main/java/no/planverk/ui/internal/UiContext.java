package no.planverk.ui.internal;

import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The UI's servlet context at "/". Felix's default context knows no MIME types, and browsers refuse
 * Vaadin's JavaScript modules served without one.
 */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = UiContext.NAME, path = "/")
public class UiContext extends ServletContextHelper {

    public static final String NAME = "planverk-ui";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript"), Map.entry("mjs", "text/javascript"), Map.entry("css", "text/css"),
            Map.entry("html", "text/html"), Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"), Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"), Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"), Map.entry("txt", "text/plain"));

    @Activate
    public UiContext(BundleContext context) {
        super(context.getBundle());
    }

    @Override
    public String getMimeType(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(name.substring(dot + 1).toLowerCase());
    }
}
