package ${package}.api;

import java.util.List;
import java.util.Optional;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * ${moduleName}'s items. Every Planverk role reads them; users with {@link #EDITOR} (and admins) add and change them, and
 * every change is written to Planverk's audit trail.
 */
@ProviderType
public interface ${moduleClass}Service {

    /** Who may add and change items; the UI shows its form to them only, the service checks it on every change. */
    Role EDITOR = Role.COORDINATOR;

    /** Every item, by name. */
    List<Item> list();

    Optional<Item> find(long id);

    /**
     * @throws no.planverk.platform.api.InvalidInputException when the name is in use
     * @throws no.planverk.platform.api.AccessDeniedException for users without {@link #EDITOR}
     */
    Item create(ItemDraft draft, UserContext by);

    /**
     * @throws no.planverk.platform.api.StaleVersionException when {@code version} is not the stored one
     * @throws no.planverk.platform.api.NotFoundException      when there is no such item
     */
    Item update(long id, long version, ItemDraft draft, UserContext by);
}
