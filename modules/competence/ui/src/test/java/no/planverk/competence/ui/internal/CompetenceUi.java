package no.planverk.competence.ui.internal;

import com.vaadin.flow.component.Component;
import java.util.List;
import no.planverk.competence.api.Category;
import no.planverk.competence.api.Position;
import no.planverk.competence.api.PositionDraft;
import no.planverk.competence.api.Requirement;
import no.planverk.competence.api.RequirementDraft;
import no.planverk.competence.core.internal.CompetenceFixture;
import no.planverk.competence.ui.internal.measures.MeasuresContribution;
import no.planverk.competence.ui.internal.recruitment.RecruitmentContribution;
import no.planverk.competence.ui.internal.sector.SectorContribution;
import no.planverk.competence.ui.internal.transfer.ImportContribution;
import no.planverk.competence.ui.internal.unit.UnitContribution;
import no.planverk.platform.api.Role;
import no.planverk.platform.api.UserContext;
import no.planverk.ui.api.ViewContribution;
import no.planverk.ui.testing.ContributedViews;

/**
 * The competence views on the real competence services (in-memory Derby, {@link CompetenceFixture}) in a mocked Vaadin
 * UI, with the routes registered as the shell does: the contributions create the views.
 */
public final class CompetenceUi implements AutoCloseable {

    public static final UserContext PLANNER = UserContext.of("planlegg", Role.PLANNER);
    public static final UserContext READER = UserContext.of("lesar", Role.READER);
    public static final UserContext ADMIN = UserContext.of("admin", Role.ADMIN);
    /** The leader of Helse og omsorg in Alver, as in the demo's users.properties. */
    public static final UserContext HO_LEADER = UserContext.of("einingsleiar", Role.UNIT_LEADER).withUnits("ALV-HO");

    public final CompetenceFixture f = CompetenceFixture.inMemory();

    public CompetenceUi() {
        this(PLANNER);
    }

    public CompetenceUi(UserContext user) {
        List<ViewContribution> contributions = List.of(
                new SectorContribution(f.workforce(), f.requirements(), f.fulltime(), f.retirements(), f.units()),
                new UnitContribution(f.workforce(), f.requirements(), f.fulltime(), f.retirements(), f.units()),
                new ImportContribution(f.transfer()), new RecruitmentContribution(f.retirements(), f.workforce(), f.units()),
                new MeasuresContribution(f.measures(), f.units()));
        ContributedViews.setUp(contributions, user);
    }

    public static void signIn(UserContext user) {
        ContributedViews.signIn(user);
    }

    public static <T extends Component> T open(String path, Class<T> view) {
        return ContributedViews.open(path, view);
    }

    public static List<String> notifications() {
        return ContributedViews.notifications();
    }

    public long unit(String code) {
        return f.units().id(code);
    }

    public Position row(String unit, Category c, double percent, int count, int ageFrom, int ageTo) {
        return f.workforce().create(new PositionDraft(unit(unit), 2025, c, percent, count, ageFrom, ageTo, false, null, null, null, null),
                PLANNER);
    }

    /**
     * The module README's gap example: Institusjonstenester has 10 nurses at 100 %, 2 specialist nurses at 50 %, 20
     * health workers at 75 % and 8 assistants at 50 % (30 FTE). "At least 50 % nurses" (statutory): required 15,
     * available 11, gap 4, a deviation; "at least 2 FTE doctors": gap 2.
     */
    public List<Requirement> gapExample() {
        row("ALV-HO-INST", Category.SJUKEPLEIAR, 100, 10, 40, 44);
        row("ALV-HO-INST", Category.SPESIALSJUKEPLEIAR, 50, 2, 50, 54);
        row("ALV-HO-INST", Category.HELSEFAGARBEIDAR, 75, 20, 55, 59);
        row("ALV-HO-INST", Category.ASSISTENT, 50, 8, 20, 24);
        return List.of(
                f.requirements().create(new RequirementDraft(unit("ALV-HO-INST"), Category.SJUKEPLEIAR, null, 0.5, true,
                        "helse- og omsorgstenestelova § 8-1", null), PLANNER),
                f.requirements().create(new RequirementDraft(unit("ALV-HO-INST"), Category.LEGE, 2.0, null, false, null, null), PLANNER));
    }

    /** Kari, a person-level row of Heimetenester (employee number, name, birth year). */
    public Position kari() {
        return f.workforce().create(new PositionDraft(unit("ALV-HO-HEIM"), 2025, Category.SPESIALSJUKEPLEIAR, 80.0, 1, null, null, false,
                "geriatri", "A17", "Kari Nordmann", 1963), PLANNER);
    }

    @Override
    public void close() {
        ContributedViews.tearDown();
        f.close();
    }
}
