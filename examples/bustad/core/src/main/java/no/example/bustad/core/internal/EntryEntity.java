package no.example.bustad.core.internal;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;
import javax.persistence.Version;
import no.example.bustad.api.EntryDraft;
import no.example.bustad.api.EntryStatus;
import no.example.bustad.api.HousingStep;
import no.example.bustad.api.WaitingEntry;

/** A position on the list. Own table prefix BUSTAD_ (Planverk's own tables are PV_*); step and status are stored by id. */
@Entity
@Table(name = "BUSTAD_ENTRY", uniqueConstraints = @UniqueConstraint(name = "BUSTAD_ENTRY_REF", columnNames = "REFERENCE"))
public class EntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "BUSTAD_ENTRY_IDS")
    @TableGenerator(name = "BUSTAD_ENTRY_IDS", table = "BUSTAD_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "BUSTAD_ENTRY", allocationSize = 20)
    @Column(name = "ID")
    private Long id;

    @Column(name = "REFERENCE", nullable = false, length = 20)
    private String reference;

    @Column(name = "UNIT_ID", nullable = false)
    private long unitId;

    @Column(name = "STEP", nullable = false, length = 30)
    private String step;

    @Column(name = "LISTED_ON", nullable = false)
    private LocalDate listedOn;

    @Column(name = "STATUS", nullable = false, length = 20)
    private String status;

    @Column(name = "NOTE", length = EntryDraft.MAX_NOTE)
    private String note;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected EntryEntity() {
    }

    EntryEntity(EntryDraft d) {
        apply(d);
    }

    final void apply(EntryDraft d) {
        reference = d.reference();
        unitId = d.unitId();
        step = d.step().id();
        listedOn = d.listedOn();
        status = d.status().id();
        note = d.note();
    }

    WaitingEntry toRecord(Integer position) {
        return new WaitingEntry(id, reference, unitId, step(), listedOn, status(), note, position, version);
    }

    long id() {
        return id;
    }

    long unitId() {
        return unitId;
    }

    LocalDate listedOn() {
        return listedOn;
    }

    HousingStep step() {
        return HousingStep.parse(step).orElseThrow(() -> new IllegalStateException("Unknown step '" + step + "' in BUSTAD_ENTRY " + id));
    }

    EntryStatus status() {
        return EntryStatus.parse(status).orElseThrow(() -> new IllegalStateException("Unknown status '" + status + "' in BUSTAD_ENTRY " + id));
    }

    long version() {
        return version;
    }
}
