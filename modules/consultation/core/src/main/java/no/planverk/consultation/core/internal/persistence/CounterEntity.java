package no.planverk.consultation.core.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * The last number given in a consultation's register. A submission locks this row (SELECT … FOR UPDATE) before it takes
 * the next number, so concurrent submissions queue here, and a rolled-back one gives its number back: no gaps.
 * No @Version: the lock orders the writers, and the consultation's own version is not bumped by every submission.
 */
@Entity
@Table(name = "PV_CONSULT_COUNTER")
public class CounterEntity {

    @Id
    @Column(name = "CONSULTATION_ID")
    private Long consultationId;

    @Column(name = "LAST_NUMBER", nullable = false)
    private int lastNumber;

    protected CounterEntity() {
    }

    public CounterEntity(long consultationId) {
        this.consultationId = consultationId;
    }

    public int next() {
        return ++lastNumber;
    }

    public int last() {
        return lastNumber;
    }
}
