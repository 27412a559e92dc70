package no.planverk.competence.core.internal.privacy;

import java.util.Set;
import javax.persistence.EntityManager;

/**
 * The GDPR erasure of the workforce register inside the caller's transaction: employee number, name and birth year
 * go from every row of the units; the counted rows (category, band, fte) stay. Rights and audit stay with the service.
 */
public final class WorkforcePrivacy {

    private WorkforcePrivacy() {
    }

    /** Erases the personal columns of the units' rows; returns how many rows had any. */
    public static int erasePersonal(EntityManager em, Set<Long> unitIds) {
        return em.createQuery("update PositionEntity p set p.employeeNo = null, p.name = null, p.birthYear = null,"
                + " p.version = p.version + 1 where p.unitId in :units and (p.employeeNo is not null or p.name is not null"
                + " or p.birthYear is not null)").setParameter("units", unitIds).executeUpdate();
    }
}
