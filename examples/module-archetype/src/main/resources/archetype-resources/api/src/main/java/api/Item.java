package ${package}.api;

/**
 * An item of ${moduleName}, as the service returns it.
 *
 * @param version the optimistic-locking version to send back with a change
 */
public record Item(long id, String name, String note, long version) {

    /** The item's fields as a draft, to change some of them. */
    public ItemDraft draft() {
        return new ItemDraft(name, note);
    }
}
