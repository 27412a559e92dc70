package no.planverk.consultation.api;

/**
 * The municipality's assessment of a submission: a summary of it, the assessment, the outcome and the section of the
 * document it changed ("4.2", or empty).
 */
public record Assessment(String summary, String assessment, Outcome outcome, String changedSection) {

    public static final int SUMMARY_MAX = 4_000;
    public static final int ASSESSMENT_MAX = 20_000;
}
