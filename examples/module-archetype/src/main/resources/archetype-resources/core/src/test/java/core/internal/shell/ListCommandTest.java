package ${package}.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import ${package}.core.internal.${moduleClass}Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** ${moduleId}:list prints the items, one row each, and their number. */
class ListCommandTest {

    private final ${moduleClass}Fixture f = new ${moduleClass}Fixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void listsTheItems() {
        ListCommand command = new ListCommand();
        command.service = f.service();
        assertTrue(print(command).endsWith("0 items" + System.lineSeparator()));

        f.add("Alfa", "Første");
        f.add("Bravo", null);
        String out = print(command);
        assertTrue(out.contains("Alfa") && out.contains("Første") && out.contains("Bravo"), out);
        assertTrue(out.indexOf("Alfa") < out.indexOf("Bravo"), out);
        assertTrue(out.endsWith("2 items" + System.lineSeparator()), out);
    }

    private static String print(ListCommand command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        command.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
