package no.planverk.competence.api;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of competence measure, with nynorsk labels. */
public enum CompetenceMeasureKind {
    COURSE("course", "Kurs og vidareutdanning"),
    APPRENTICES("apprentices", "Lærlingar"),
    STUDENTS("students", "Studentar i praksis"),
    MENTOR("mentor", "Mentorordning for nytilsette"),
    RECRUITMENT("recruitment", "Rekrutteringstiltak"),
    OTHER("other", "Anna");

    private final String id;
    private final String label;

    CompetenceMeasureKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<CompetenceMeasureKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(text == null ? "" : text.strip())).findFirst();
    }
}
