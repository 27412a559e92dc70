package no.planverk.ui.internal;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;

/** Asks the registry first, so contributed views get their services by constructor. */
class ShellInstantiator extends DefaultInstantiator {

    private static final long serialVersionUID = 1L;
    private final transient ShellRegistry registry;

    ShellInstantiator(VaadinService service, ShellRegistry registry) {
        super(service);
        this.registry = registry;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        java.util.Optional<java.util.function.Supplier<com.vaadin.flow.component.Component>> factory = registry.factory(type);
        return factory.isPresent() ? type.cast(factory.get().get()) : super.getOrCreate(type);
    }
}
