package no.planverk.ui.api;

/** One column of an import file as the import screen explains it: its name, what goes in it (translated) and whether it must be there. */
public record ColumnHelp(String name, String description, boolean required) {
}
