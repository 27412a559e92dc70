package no.planverk.plans.api.document;

import java.util.List;

/**
 * A live block rendered to neutral content: a title, tables, charts and a note (for example the source and date).
 * Every export format draws it from this, so a block looks the same in the editor, on the portal, in PDF and DOCX.
 */
public record BlockContent(String title, List<BlockTable> tables, List<BlockChart> charts, String note) {

    public BlockContent {
        tables = tables == null ? List.of() : List.copyOf(tables);
        charts = charts == null ? List.of() : List.copyOf(charts);
        note = note == null ? "" : note;
    }
}
