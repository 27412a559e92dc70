package no.planverk.ui.internal;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Supplier;
import no.planverk.platform.api.Authenticator;
import no.planverk.platform.api.DatabaseHealth;
import no.planverk.platform.api.StartupWork;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.Translator;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.DashboardCard;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks the contributed views and cards: registers and removes their routes as bundles come and go,
 * and tells the menu, the dashboard, the access check and the instantiator what is there now.
 */
@org.osgi.service.component.annotations.Component(service = ShellRegistry.class)
public class ShellRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ShellRegistry.class);

    private final Authenticator authenticator;
    /** Per path the views that claim it, in arrival order: the first one is routed, the others wait. */
    private final Map<String, List<ViewContribution>> claims = new HashMap<>();
    private final Set<DashboardCard> cards = new CopyOnWriteArraySet<>();
    private final Set<com.vaadin.flow.component.UI> uis = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile RouteConfiguration routes;
    private volatile DatabaseHealth database;
    private volatile StartupWork startup;

    @Activate
    public ShellRegistry(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addView(ViewContribution view) {
        synchronized (claims) {
            List<ViewContribution> claim = claims.computeIfAbsent(view.path(), p -> new ArrayList<>());
            claim.add(view);
            if (claim.size() > 1) {
                LOG.warn("Two views claim the path '{}': {} is used, {} waits until it goes", view.path(),
                        claim.get(0).viewClass().getName(), view.viewClass().getName());
                return;
            }
            RouteConfiguration r = routes;
            if (r != null) {
                register(r, view);
            }
        }
    }

    void removeView(ViewContribution view) {
        synchronized (claims) {
            List<ViewContribution> claim = claims.get(view.path());
            if (claim == null || claim.isEmpty()) {
                return;
            }
            boolean active = claim.get(0) == view;
            if (!claim.remove(view)) {
                return;
            }
            if (claim.isEmpty()) {
                claims.remove(view.path());
            }
            if (!active) {
                return;
            }
            RouteConfiguration r = routes;
            if (r != null) {
                unregister(r, view);
                if (!claim.isEmpty()) {
                    register(r, claim.get(0));
                }
            }
        }
        LOG.info("View /{} removed", view.path());
        sendHomeFrom(view.viewClass());
    }

    /** Follows an open UI, so it can be sent home when the module of its view goes. */
    void track(com.vaadin.flow.component.UI ui) {
        uis.add(ui);
        ui.addDetachListener(e -> uis.remove(ui));
    }

    /**
     * Users on a view whose module was uninstalled go home with a message: at once with push, otherwise at their next
     * click (Vaadin runs the queued task before it handles the request).
     */
    private void sendHomeFrom(Class<?> viewClass) {
        for (com.vaadin.flow.component.UI ui : uis) {
            try {
                ui.access(() -> {
                    if (ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(viewClass::isInstance)) {
                        ui.navigate("");
                        com.vaadin.flow.component.notification.Notification.show(ShellTexts.t("shell.module.removed"), 6000,
                                com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
                    }
                });
            } catch (com.vaadin.flow.component.UIDetachedException e) {
                uis.remove(ui);
            }
        }
    }

    /** The platform's translator says the services' messages in the user's language (ServerTexts, Notices). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setTranslator(Translator t) {
        ServerTexts.use(t);
    }

    void unsetTranslator(Translator t) {
        ServerTexts.use(null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setDatabase(DatabaseHealth health) {
        database = health;
    }

    void unsetDatabase(DatabaseHealth health) {
        if (database == health) {
            database = null;
        }
    }

    /** True when the database does not answer: nobody can work, so nobody logs in. */
    boolean databaseDown() {
        DatabaseHealth d = database;
        return d != null && !d.check().ok();
    }

    /** True while the database's health service is not there (Planverk starting, or its persistence bundle stopped). */
    public boolean databaseStarting() {
        return database == null;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setStartup(StartupWork work) {
        startup = work;
    }

    void unsetStartup(StartupWork work) {
        if (startup == work) {
            startup = null;
        }
    }

    /** The start work (demo data) still loading in the background, by name; empty when none or done. */
    public java.util.List<String> startupPending() {
        StartupWork w = startup;
        return w == null ? java.util.List.of() : w.pending();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCard(DashboardCard card) {
        cards.add(card);
    }

    void removeCard(DashboardCard card) {
        cards.remove(card);
    }

    /** Called once Vaadin has started: registers every view known so far. */
    void attach(RouteConfiguration configuration) {
        synchronized (claims) {
            routes = configuration;
            active().forEach(v -> register(configuration, v));
        }
    }

    private static void register(RouteConfiguration r, ViewContribution view) {
        r.setRoute(view.path(), view.viewClass(), MainLayout.class);
        LOG.info("View /{} added ({})", view.path(), view.viewClass().getName());
    }

    /**
     * Removes every route of the view's class: the plain path, the template of a view with a URL parameter
     * ({@code path/:___url_parameter}) and any alias, so the class of a gone bundle stays nowhere in the router.
     */
    private static void unregister(RouteConfiguration r, ViewContribution view) {
        r.removeRoute(view.viewClass());
    }

    /** The routed view of every claimed path. */
    private List<ViewContribution> active() {
        synchronized (claims) {
            return claims.values().stream().map(c -> c.get(0)).toList();
        }
    }

    /** The views in the menu the user may open, in menu order. */
    List<ViewContribution> menuFor(UserContext user) {
        return active().stream().filter(v -> v.menu() != null && user.has(v.requiredRole()))
                .sorted(Comparator.comparingInt((ViewContribution v) -> v.menu().order()).thenComparing(ViewContribution::path))
                .toList();
    }

    public List<DashboardCard> cardsFor(UserContext user) {
        return cards.stream().filter(c -> user.has(c.requiredRole()))
                .sorted(Comparator.comparingInt(DashboardCard::order)).toList();
    }

    /** The role a route target needs, when it is a contributed view. */
    Optional<Role> requiredRole(Class<?> target) {
        return contributionFor(target).map(ViewContribution::requiredRole);
    }

    /** How to make an instance of a shell class or a contributed view, when this registry knows it. */
    Optional<Supplier<Component>> factory(Class<?> type) {
        if (type == MainLayout.class) {
            return Optional.of(() -> new MainLayout(this));
        }
        if (type == LoginView.class) {
            return Optional.of(() -> new LoginView(authenticator, this::databaseDown, this::databaseStarting));
        }
        return contributionFor(type).map(v -> v::create);
    }

    /** The routed contribution of a class; empty for a class of a gone (or waiting) bundle. */
    Optional<ViewContribution> contributionFor(Class<?> type) {
        return active().stream().filter(v -> v.viewClass() == type).findFirst();
    }
}
