package ${package}.core.internal;

import static ${package}.core.internal.${moduleClass}Fixture.EDITOR;
import static ${package}.core.internal.${moduleClass}Fixture.READER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import ${package}.api.Item;
import ${package}.api.ItemDraft;
import no.planverk.platform.api.AccessDeniedException;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.platform.api.StaleVersionException;
import no.planverk.platform.testing.Catalogs;
import no.planverk.platform.testing.RecordingAudit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service on real EclipseLink and in-memory Derby. */
class ${moduleClass}ServiceTest {

    private final ${moduleClass}Fixture f = new ${moduleClass}Fixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void itemsAreStoredListedByNameAndChanged() {
        Item b = f.add("  Bravo ", "  ");
        Item a = f.add("Alfa", "Første");
        assertEquals("Bravo", b.name());
        assertNull(b.note());
        assertEquals(List.of(a, b), f.service().list());
        assertEquals(a, f.service().find(a.id()).orElseThrow());
        assertTrue(f.service().find(a.id() + b.id() + 1000).isEmpty());

        Item changed = f.service().update(b.id(), b.version(), new ItemDraft("Charlie", "Ny merknad"), EDITOR);
        assertEquals(new Item(b.id(), "Charlie", "Ny merknad", b.version() + 1), changed);
        assertEquals(List.of("Alfa", "Charlie"), f.service().list().stream().map(Item::name).toList());
    }

    @Test
    void onlyEditorsChangeItemsAndEveryChangeIsAuditedWithoutTheNote() {
        ItemDraft draft = new ItemDraft("Alfa", "Ring Kari Nordmann");
        assertThrows(AccessDeniedException.class, () -> f.service().create(draft, READER));
        assertTrue(f.service().list().isEmpty());

        Item item = f.service().create(draft, EDITOR);
        assertThrows(AccessDeniedException.class, () -> f.service().update(item.id(), item.version(), item.draft(), READER));
        Item changed = f.service().update(item.id(), item.version(), new ItemDraft("Alfa", "Ring Ola"), EDITOR);
        assertEquals(List.of(new RecordingAudit.Call("koordinator", "create", ${moduleClass}ServiceImpl.TYPE, item.id()),
                new RecordingAudit.Call("koordinator", "update", ${moduleClass}ServiceImpl.TYPE, item.id())), f.audit().calls());
        String audited = ${moduleClass}ServiceImpl.Audited.of(changed).toString();
        assertFalse(audited.contains("Ola") || audited.contains("Kari"), audited);
    }

    @Test
    void badInputIsRefusedWithTheField() {
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> new ItemDraft(" ", "x".repeat(ItemDraft.MAX_NOTE + 1)));
        assertEquals(Set.of("name", "note"), empty.fieldErrors().keySet());
        // English for the HTTP API, a key with arguments for the UI's messages files
        assertEquals("The note is at most " + ItemDraft.MAX_NOTE + " characters, not " + (ItemDraft.MAX_NOTE + 1), empty.fieldErrors().get("note"));
        Message note = empty.fieldMessages().get("note");
        assertEquals("${moduleId}.item.note.tooLong", note.key());
        assertEquals(List.of(ItemDraft.MAX_NOTE, ItemDraft.MAX_NOTE + 1), note.args());
        // the same message in nynorsk, through the module's catalog (what the UI and a nynorsk API caller read)
        assertEquals("Merknaden kan ha høgst " + ItemDraft.MAX_NOTE + " teikn, ikkje " + (ItemDraft.MAX_NOTE + 1) + ".",
                Catalogs.nynorsk(note, new ${moduleClass}Messages()));
        assertEquals("name", field(() -> new ItemDraft("x".repeat(ItemDraft.MAX_NAME + 1), null)));

        Item item = f.add("Alfa", null);
        Item other = f.add("Bravo", null);
        assertEquals("name", field(() -> f.add("ALFA", null)));
        assertEquals("name", field(() -> f.service().update(other.id(), other.version(), new ItemDraft("alfa", null), EDITOR)));
        // its own name is no clash
        Item same = f.service().update(item.id(), item.version(), new ItemDraft("Alfa", "ok"), EDITOR);
        // someone else saved first: 409, not a silent overwrite
        assertThrows(StaleVersionException.class, () -> f.service().update(item.id(), item.version(), same.draft(), EDITOR));
        assertThrows(NotFoundException.class, () -> f.service().update(item.id() + other.id() + 1000, 0, same.draft(), EDITOR));
        assertThrows(InvalidInputException.class, () -> f.service().create(null, EDITOR));
    }

    private static String field(org.junit.jupiter.api.function.Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        return String.join(",", e.fieldErrors().keySet());
    }

    @Test
    void everyMessageKeyHasNynorskBokmalAndEnglish() {
        assertEquals("[]", Catalogs.problems(${moduleClass}Messages.class, ${moduleClass}Messages.BASE_NAME).toString());
        for (String sources : new String[] {"src/main/java", "../api/src/main/java"}) {
            assertEquals("[]", Catalogs.unknownKeys(java.nio.file.Path.of(sources), "${moduleId}", ${moduleClass}Messages.class,
                    ${moduleClass}Messages.BASE_NAME).toString(), sources);
        }
    }
}
