package ${package}.core.internal.shell;

import java.io.PrintStream;
import java.util.List;
import ${package}.api.Item;
import ${package}.api.${moduleClass}Service;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

/** {@code ${moduleId}:list}: the items as a table. Listed in the bundle's Karaf-Commands header (core/pom.xml). */
@Service
@Command(scope = "${moduleId}", name = "list", description = "Lists the items of ${moduleName}")
public class ListCommand implements Action {

    @Reference
    ${moduleClass}Service service;

    @Override
    public Object execute() {
        print(System.out);
        return null;
    }

    void print(PrintStream out) {
        List<Item> items = service.list();
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Note");
        for (Item i : items) {
            table.addRow().addContent(i.id(), i.name(), i.note() == null ? "" : i.note());
        }
        table.print(out);
        out.println(items.size() + (items.size() == 1 ? " item" : " items"));
    }
}
