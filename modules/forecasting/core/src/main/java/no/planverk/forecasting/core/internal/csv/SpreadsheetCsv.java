package no.planverk.forecasting.core.internal.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.planverk.platform.api.Fields;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV for people to open in a spreadsheet: a text cell that starts with = + - @ (or a tab or carriage return) gets a
 * leading apostrophe, so the spreadsheet shows it instead of running it as a formula. Numbers (-12, -0.5) stay as they
 * are. Stored inputs keep their own text; only what leaves through a download is changed.
 */
public final class SpreadsheetCsv {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+([.,]\\d+)?([eE][-+]?\\d+)?");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private SpreadsheetCsv() {
    }

    public static String defuse(String csv) {
        StringWriter out = new StringWriter(csv.length() + 16);
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.DEFAULT); CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(c -> cells.add(cell(c)));
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String cell(String value) {
        return Fields.formulaLike(value) && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}
