package no.example.bustad.core.internal.shell;

import java.util.List;
import java.util.Locale;
import no.example.bustad.api.BustadService;
import no.example.bustad.api.EntryStatus;
import no.example.bustad.api.WaitingEntry;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code bustad:list [--status waiting] [--unit ALV-HO-HEIM]}: the waiting list as a table. */
@Service
@Command(scope = "bustad", name = "list", description = "Lists the housing waiting list in queue order")
public class ListCommand implements Action {

    @Reference
    BustadService bustad;

    @Reference
    OrgUnitService units;

    @Option(name = "--status", description = "waiting, offered, housed or withdrawn (default: all)")
    @Completion(StatusCompleter.class)
    String status;

    @Option(name = "--unit", description = "The unit's code (e.g. ALV-HO-HEIM) or id")
    @Completion(UnitCompleter.class)
    String unit;

    @Override
    public Object execute() {
        // a bad option is an exception: Karaf prints "Error executing command: ..." and scripts see the failure
        EntryStatus wanted = null;
        if (status != null) {
            wanted = EntryStatus.parse(status).orElseThrow(() -> new IllegalArgumentException("Unknown status '" + status
                    + "': waiting, offered, housed or withdrawn"));
        }
        Long unitId = null;
        if (unit != null) {
            unitId = units.findByCode(unit.strip().toUpperCase(Locale.ROOT)).map(OrgUnit::id)
                    .orElseGet(() -> unit.strip().matches("\\d+") ? Long.valueOf(unit.strip()) : null);
            if (unitId == null) {
                throw new IllegalArgumentException("Unknown unit '" + unit + "'; see planverk:units");
            }
        }
        List<WaitingEntry> list = bustad.list(wanted, unitId);
        ShellTable table = new ShellTable();
        for (String c : new String[] {"Id", "Reference", "Unit", "Step", "Listed", "Status", "Place"}) {
            table.column(c);
        }
        for (WaitingEntry e : list) {
            table.addRow().addContent(e.id(), e.reference(), units.find(e.unitId()).map(OrgUnit::code).orElse(String.valueOf(e.unitId())),
                    e.step().id(), e.listedOn(), e.status().id(), e.position() == null ? "" : e.position());
        }
        table.print(System.out);
        System.out.println(list.size() + (list.size() == 1 ? " position" : " positions"));
        return null;
    }
}
