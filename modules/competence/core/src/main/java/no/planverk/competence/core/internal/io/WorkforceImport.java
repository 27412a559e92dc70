package no.planverk.competence.core.internal.io;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import no.planverk.competence.api.PositionDraft;
import no.planverk.competence.core.internal.CompetenceRights;
import no.planverk.competence.core.internal.persistence.PositionEntity;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.platform.api.UserContext;
import no.planverk.platform.api.transfer.FileFormat;
import no.planverk.platform.api.transfer.ImportSummary;
import no.planverk.platform.tabular.Tables;

/**
 * A workforce file checked row by row (cells, rights, duplicate employee numbers) and, when every row is good,
 * written as the new register of each unit and year it holds: one delete per unit and year, then the rows, in one
 * transaction with no query or flush per row.
 */
final class WorkforceImport {

    private final Cells cells;
    private final List<PositionRows.Drafted> drafts;
    private final OrgUnitService org;

    private WorkforceImport(Cells cells, List<PositionRows.Drafted> drafts, OrgUnitService org) {
        this.cells = cells;
        this.drafts = drafts;
        this.org = org;
    }

    static WorkforceImport check(FileFormat format, byte[] content, OrgUnitService org, UserContext by) {
        if (format == null || format == FileFormat.JSON) {
            throw InvalidInputException.field("format", Message.of("competence.import.format", "Name the format: csv or xlsx"));
        }
        if (content == null || content.length == 0) {
            throw InvalidInputException.field("file", Message.of("competence.import.file.empty",
                    "The file is empty; it needs a header row and at least one row"));
        }
        if (content.length > Tables.MAX_BYTES) {
            throw InvalidInputException.field("file", Message.of("competence.import.file.tooLarge", "Send a file of at most 16 MiB"));
        }
        Cells cells = WorkforceTables.read(format, content);
        List<PositionRows.Drafted> drafts = cells.hasErrors() && cells.rows.isEmpty() ? List.of() : new PositionRows(org.list()).drafts(cells);
        LongPredicate editable = CompetenceRights.editable(org, by);
        Set<String> people = new HashSet<>();
        for (PositionRows.Drafted d : drafts) {
            PositionDraft p = d.draft();
            if (!editable.test(p.unitId())) {
                cells.error(d.row().line(), WorkforceColumns.UNIT, "competence.import.unit.denied",
                        "You may not import the register of unit {0}: unit leaders import their own units",
                        CompetenceRights.unit(org, p.unitId()).code());
            }
            if (p.employeeNo() != null && !people.add(p.unitId() + "/" + p.year() + "/" + p.employeeNo())) {
                cells.error(d.row().line(), WorkforceColumns.EMPLOYEE_NO, "competence.import.employee.twice",
                        "Employee {0} appears twice for this unit and year", p.employeeNo());
            }
        }
        if (!cells.hasErrors() && drafts.isEmpty()) {
            cells.error(2, null, "competence.import.noRows", "The file has a header but no rows");
        }
        return new WorkforceImport(cells, drafts, org);
    }

    /** The summary: positions created, their FTE, the registers replaced as notes; {@code committed} says whether it was written. */
    ImportSummary result(boolean committed) {
        int positions = drafts.stream().mapToInt(d -> d.draft().count()).sum();
        double fte = drafts.stream().mapToDouble(d -> d.draft().count() * d.draft().percent() / 100.0).sum();
        return new ImportSummary(cells.rows.size(), positions, 0, Map.of(WorkforceTransfer.FTE, fte),
                replaces().stream().map(Message::plain).toList(), cells.errors(), committed);
    }

    boolean ok() {
        return !cells.hasErrors();
    }

    /** "ALV-HO-HEIM 2025": the registers the file replaces. */
    List<String> replaces() {
        Set<String> out = new LinkedHashSet<>();
        drafts.forEach(d -> out.add(CompetenceRights.unit(org, d.draft().unitId()).code() + " " + d.draft().year()));
        return List.copyOf(out);
    }

    void write(EntityManager em) {
        em.setFlushMode(FlushModeType.COMMIT);
        Set<String> cleared = new HashSet<>();
        for (PositionRows.Drafted d : drafts) {
            if (cleared.add(d.draft().unitId() + "/" + d.draft().year())) {
                em.createQuery("delete from PositionEntity p where p.unitId = :u and p.year = :y").setParameter("u", d.draft().unitId())
                        .setParameter("y", d.draft().year()).executeUpdate();
            }
        }
        drafts.forEach(d -> em.persist(new PositionEntity(d.draft())));
    }
}
