package no.planverk.ui.api;

/**
 * One column of an import file as the import screen explains it: its name, what goes in it (translated) and whether it
 * must be there. A blank name gives a line of text only (e.g. a rule for several columns), a blank description the names only.
 */
public record ColumnHelp(String name, String description, boolean required) {
}
