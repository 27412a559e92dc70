package no.planverk.plans.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import no.planverk.plans.api.PlanProgram;
import no.planverk.plans.api.PlanProgramService;
import no.planverk.plans.core.internal.persistence.PlanEntity;
import no.planverk.plans.core.internal.persistence.PlanProgramEntity;
import no.planverk.plans.core.internal.persistence.PlansStore;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.PlanverkException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.api.UserContext;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PlanProgramService.class)
public class PlanProgramServiceImpl implements PlanProgramService {

    static final String TYPE = "PlanProgram";

    private final JpaTemplate jpa;
    private final AuditLog audit;
    private final EditRights rights;

    @Activate
    public PlanProgramServiceImpl(@Reference PlansStore store, @Reference AuditLog audit, @Reference OrgUnitService units) {
        this(store.jpa(), audit, units);
    }

    PlanProgramServiceImpl(JpaTemplate jpa, AuditLog audit, OrgUnitService units) {
        this.jpa = jpa;
        this.audit = audit;
        this.rights = new EditRights(units);
    }

    @Override
    public Optional<PlanProgram> find(long planId) {
        return jpa.txExpr(TransactionType.Required,
                em -> Optional.ofNullable(em.find(PlanProgramEntity.class, planId)).map(e -> read(planId, e)));
    }

    @Override
    public PlanProgram save(PlanProgram program, UserContext by) {
        PlanProgram p = ProgramRules.validated(program);
        long planId = p.planId();
        return PlansStore.write(jpa, TYPE, planId, em -> {
            PlanEntity plan = em.find(PlanEntity.class, planId);
            if (plan == null) {
                throw no.planverk.platform.api.NotFoundException.of("Plan", planId);
            }
            rights.require(plan.ownerUnitId(), by, "plans.rights.program", "the planprogram of plan {1}", plan.code());
            PlanProgramEntity e = em.find(PlanProgramEntity.class, planId);
            PlanProgram before = e == null ? null : read(planId, e);
            long stored = e == null ? 0 : e.version();
            if (stored != p.version()) {
                throw new StaleVersionException("Planprogram of plan", planId);
            }
            if (e == null) {
                e = new PlanProgramEntity(planId, write(p));
                em.persist(e);
            } else {
                e.setContent(write(p));
            }
            em.flush();
            PlanProgram after = read(planId, e);
            audit.record(by, before == null ? "create" : "update", TYPE, planId, before, after);
            return after;
        });
    }

    private static String write(PlanProgram p) {
        try {
            return JsonMapper.MAPPER.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new PlanverkException(Message.of("plans.program.unstored", "Could not store the planprogram"), e);
        }
    }

    private static PlanProgram read(long planId, PlanProgramEntity e) {
        try {
            PlanProgram p = JsonMapper.MAPPER.readValue(e.content(), PlanProgram.class);
            return new PlanProgram(planId, p.purpose(), p.themes(), p.studies(), p.roles(), p.milestones(), p.participation(),
                    p.consultations(), e.version());
        } catch (JsonProcessingException ex) {
            throw new PlanverkException(Message.of("plans.program.unreadable", "The planprogram of plan {0} is unreadable",
                    String.valueOf(planId)), ex);
        }
    }
}
