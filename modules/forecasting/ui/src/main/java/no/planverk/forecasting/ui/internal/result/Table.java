package no.planverk.forecasting.ui.internal.result;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.planverk.forecasting.ui.internal.Labels;
import no.planverk.ui.api.Formats;

/**
 * A result table: columns with a key, header and format, and rows of values. The same values give the grid
 * (Norwegian formats) and the tab-separated text for a spreadsheet (plain numbers with a decimal comma).
 */
public final class Table {

    /** How a column's values are shown; PEOPLE is a count of persons, rounded to whole people. */
    public enum Format {
        TEXT, YEAR, INTEGER, PEOPLE, NUMBER, DECIMALS, PERCENT_POINTS, SHARE, MONEY
    }

    record Column(String key, String header, Format format) {
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    public Table col(String key, String header, Format format) {
        columns.add(new Column(key, header, format));
        return this;
    }

    public Table row(Object... values) {
        rows.add(java.util.Arrays.asList(values));
        return this;
    }

    public List<List<Object>> rows() {
        return rows;
    }

    /** The table as a grid; all rows visible up to {@code visible} rows, scrolling after that. */
    public Grid<List<Object>> grid(String id, int visible) {
        Grid<List<Object>> grid = new Grid<>();
        grid.setId(id);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            int index = i;
            Grid.Column<List<Object>> col = grid.addColumn(r -> display(c.format(), r.get(index))).setHeader(c.header()).setKey(c.key())
                    .setAutoWidth(true).setResizable(true);
            if (c.format() != Format.TEXT) {
                col.setTextAlign(ColumnTextAlign.END);
            }
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(rows);
        if (rows.size() <= visible) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight((visible * 2.2 + 3) + "em");
        }
        return grid;
    }

    /** Tab-separated, header first, one line per row, for pasting into a spreadsheet. */
    public String tsv() {
        StringBuilder b = new StringBuilder();
        b.append(columns.stream().map(c -> clean(c.header())).collect(Collectors.joining("\t"))).append('\n');
        for (List<Object> r : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(clean(raw(columns.get(i).format(), r.get(i))));
            }
            b.append(String.join("\t", cells)).append('\n');
        }
        return b.toString();
    }

    static String display(Format f, Object v) {
        if (v == null) {
            return "";
        }
        return switch (f) {
            case TEXT -> v.toString();
            case YEAR -> String.valueOf(((Number) v).intValue());
            case INTEGER -> Formats.integer(((Number) v).longValue());
            case PEOPLE -> Formats.integer(Math.round(((Number) v).doubleValue()));
            case NUMBER -> Labels.users(((Number) v).doubleValue());
            case DECIMALS -> Formats.number(((Number) v).doubleValue(), 3).replaceFirst("0{1,2}$", "");
            case PERCENT_POINTS -> Labels.percentPoints(((Number) v).doubleValue());
            case SHARE -> Labels.share(((Number) v).doubleValue());
            case MONEY -> Labels.money(((Number) v).doubleValue());
        };
    }

    /** Without grouping, decimal comma (as Norwegian spreadsheets read numbers); shares in percent. */
    static String raw(Format f, Object v) {
        if (v == null) {
            return "";
        }
        return switch (f) {
            case TEXT -> v.toString();
            case YEAR, INTEGER -> String.valueOf(((Number) v).longValue());
            case PEOPLE -> plain(((Number) v).doubleValue(), 0);
            case NUMBER, PERCENT_POINTS -> plain(((Number) v).doubleValue(), 1);
            case DECIMALS -> plain(((Number) v).doubleValue(), 3);
            case SHARE -> plain(((Number) v).doubleValue() * 100, 2);
            case MONEY -> plain(((Number) v).doubleValue(), 0);
        };
    }

    private static String plain(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v).replace('.', ',');
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    /** For tests and labels: the formatted cell. */
    public String cell(int row, String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return display(columns.get(i).format(), rows.get(row).get(i));
            }
        }
        throw new IllegalArgumentException(key);
    }
}
