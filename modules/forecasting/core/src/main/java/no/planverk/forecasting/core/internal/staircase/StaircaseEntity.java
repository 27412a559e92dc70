package no.planverk.forecasting.core.internal.staircase;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

/** The municipality's staircase: one row, its steps and the services' steps as lines of text ({@link StaircaseText}). */
@Entity
@Table(name = "PV_FORECAST_STAIRCASE")
public class StaircaseEntity {

    static final long ID = 1;

    @Id
    @Column(name = "ID")
    private Long id = ID;

    @Lob
    @Column(name = "STEPS", nullable = false, length = 1_000_000)
    private String steps;

    @Lob
    @Column(name = "SERVICES", nullable = false, length = 1_000_000)
    private String services;

    @Column(name = "UPDATED_BY", length = 200)
    private String updatedBy;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected StaircaseEntity() {
    }

    StaircaseEntity(String steps, String services) {
        set(steps, services, null);
    }

    void set(String steps, String services, String by) {
        this.steps = steps;
        this.services = services;
        this.updatedBy = by;
    }

    String steps() {
        return steps;
    }

    String services() {
        return services;
    }

    long version() {
        return version;
    }
}
