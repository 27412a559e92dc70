package no.planverk.ui.internal;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import jakarta.servlet.ServletConfig;
import java.util.Locale;
import no.planverk.ui.api.Texts;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Vaadin on the OSGi servlet whiteboard. The whiteboard runs no servlet-container initializers, so
 * this servlet runs Vaadin's own in {@link #init}, with the bundle's class loader as context loader.
 */
@Component(service = jakarta.servlet.Servlet.class, property = "servlet.init.productionMode=true", configurationPid = "no.planverk.ui")
@Designate(ocd = PlanverkServlet.Config.class)
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardServletAsyncSupported
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + UiContext.NAME + ")")
public class PlanverkServlet extends VaadinServlet {

    @ObjectClassDefinition(name = "Planverk UI")
    @interface Config {
        @AttributeDefinition(description = "The language of a first visit: nn (nynorsk), nb (bokmål) or en; users can change it")
        String language() default "nn";
    }

    private static final long serialVersionUID = 1L;
    private final transient ShellRegistry registry;
    private volatile Locale language;

    @Activate
    public PlanverkServlet(@Reference ShellRegistry registry, Config config) {
        this.registry = registry;
        modified(config);
    }

    /** A new default language applies to new sessions; Vaadin keeps running (no reactivation, no lost sessions). */
    @Modified
    void modified(Config config) {
        this.language = Texts.supportedOrDefault(Locale.forLanguageTag(config.language().strip()));
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(getClass().getClassLoader());
        try {
            ServletContext context = config.getServletContext();
            new LookupServletContainerInitializer().onStartup(new HashSet<>(List.of(LookupInitializer.class)), context);
            new RouteRegistryInitializer().onStartup(new HashSet<>(List.of(LoginView.class)), context);
            new ErrorNavigationTargetInitializer().onStartup(new HashSet<>(List.of(NotFoundView.class)), context);
            new VaadinAppShellInitializer().onStartup(new HashSet<>(List.of(PlanverkAppShell.class)), context);
            super.init(config);
            registry.attach(RouteConfiguration.forRegistry(
                    ApplicationRouteRegistry.getInstance(new VaadinServletContext(context))));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new PlanverkService(this, configuration, registry, () -> language);
        service.init();
        return service;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(getClass().getClassLoader());
        try {
            super.service(request, response);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
