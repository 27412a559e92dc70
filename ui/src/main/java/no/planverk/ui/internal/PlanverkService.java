package no.planverk.ui.internal;

import no.planverk.ui.api.Texts;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;

/** Adds the shell's instantiator, access check, error handler and language to Vaadin's service. */
class PlanverkService extends VaadinServletService {

    private static final long serialVersionUID = 1L;
    private final transient ShellRegistry registry;
    private final transient java.util.function.Supplier<java.util.Locale> language;

    PlanverkService(PlanverkServlet servlet, DeploymentConfiguration configuration, ShellRegistry registry,
            java.util.function.Supplier<java.util.Locale> language) {
        super(servlet, configuration);
        this.registry = registry;
        this.language = language;
    }

    @Override
    public void init() throws ServiceException {
        super.init();
        addSessionInitListener(e -> {
            e.getSession().setErrorHandler(new ShellErrorHandler());
            e.getSession().setLocale(Languages.fromRequest(e.getRequest(), language.get()));
        });
        AccessControl access = new AccessControl(registry);
        addUIInitListener(e -> {
            e.getUI().addBeforeEnterListener(access);
            registry.track(e.getUI());
        });
    }

    /** Every page says its language (nn, nb or en) in {@code <html lang>}, for screen readers and spelling. */
    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        super.modifyIndexHtmlResponse(response);
        setLanguage(response, language.get());
    }

    static void setLanguage(IndexHtmlResponse response, java.util.Locale fallback) {
        VaadinSession session = VaadinSession.getCurrent();
        java.util.Locale locale = session != null && session.getLocale() != null ? session.getLocale()
                : Languages.fromRequest(response.getVaadinRequest(), fallback);
        response.getDocument().getElementsByTag("html").attr("lang", Texts.supportedOrDefault(locale).getLanguage());
    }

    @Override
    protected Instantiator createInstantiator() throws ServiceException {
        return new ShellInstantiator(this, registry);
    }
}
