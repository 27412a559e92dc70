package no.planverk.volunteers.core.internal.persistence;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import no.planverk.volunteers.api.Agreement;
import no.planverk.volunteers.api.Texts;

/** An organisation's agreement with the municipality. */
@Entity
@Table(name = "PV_VOL_AGREEMENT", indexes = @Index(name = "PV_VOL_AGREEMENT_ORG", columnList = "ORG_ID"))
public class AgreementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "PV_VOL_AGREEMENT_IDS")
    @TableGenerator(name = "PV_VOL_AGREEMENT_IDS", table = "PV_VOL_IDS", pkColumnName = "ID_NAME", valueColumnName = "NEXT_ID",
            pkColumnValue = "PV_VOL_AGREEMENT", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ORG_ID", nullable = false)
    private long organisationId;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "AGREEMENT_TYPE", nullable = false, length = Texts.MAX_NAME)
    private String type;

    @Column(name = "FROM_DATE")
    private LocalDate from;

    @Column(name = "TO_DATE")
    private LocalDate to;

    @Column(name = "DOCUMENT", length = Texts.MAX_NAME)
    private String document;

    protected AgreementEntity() {
    }

    public AgreementEntity(long organisationId, int position, Agreement a) {
        this.organisationId = organisationId;
        this.position = position;
        this.type = a.type();
        this.from = a.from();
        this.to = a.to();
        this.document = a.document();
    }

    public long organisationId() {
        return organisationId;
    }

    public Agreement toRecord() {
        return new Agreement(type, from, to, document);
    }
}
