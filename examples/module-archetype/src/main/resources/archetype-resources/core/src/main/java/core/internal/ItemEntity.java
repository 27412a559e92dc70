package ${package}.core.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import ${package}.api.Item;
import ${package}.api.ItemDraft;

/** An item on the module's own table ${tablePrefix}_ITEM, ids from ${tablePrefix}_IDS (Planverk's own tables are PV_*). */
@Entity
@Table(name = "${tablePrefix}_ITEM", uniqueConstraints = @UniqueConstraint(name = "${tablePrefix}_ITEM_NAME", columnNames = "NAME"))
public class ItemEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "${tablePrefix}_ITEM_IDS")
    @TableGenerator(name = "${tablePrefix}_ITEM_IDS", table = "${tablePrefix}_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "${tablePrefix}_ITEM", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = ItemDraft.MAX_NAME)
    private String name;

    @Column(name = "NOTE", length = ItemDraft.MAX_NOTE)
    private String note;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected ItemEntity() {
    }

    ItemEntity(ItemDraft d) {
        apply(d);
    }

    final void apply(ItemDraft d) {
        name = d.name();
        note = d.note();
    }

    Item toRecord() {
        return new Item(id, name, note, version);
    }

    long version() {
        return version;
    }
}
