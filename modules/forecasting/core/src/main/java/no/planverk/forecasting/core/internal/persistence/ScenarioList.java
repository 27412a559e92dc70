package no.planverk.forecasting.core.internal.persistence;

import java.util.Arrays;
import java.util.List;
import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * A saved run's scenario ids ("normal", "delayed", "welfare-tech") in one column, as they have always been stored:
 * separated by commas. Ids never hold a comma; one that does is refused rather than stored split.
 */
@Converter
public class ScenarioList implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> scenarios) {
        for (String s : scenarios) {
            if (s.isEmpty() || s.contains(",")) {
                throw new IllegalArgumentException("A scenario id must be a word without commas: '" + s + "'");
            }
        }
        return String.join(",", scenarios);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.copyOf(Arrays.asList(column.split(",")));
    }
}
