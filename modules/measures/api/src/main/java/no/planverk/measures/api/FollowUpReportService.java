package no.planverk.measures.api;

import java.util.Locale;
import org.osgi.annotation.versioning.ProviderType;

/** The annual follow-up report of a plan: built as data, or rendered as a PDF document. */
@ProviderType
public interface FollowUpReportService {

    /** The report for the plan with this id, or (without the plans module) the plan of this name. */
    FollowUpReport build(Long planId, String planName, int year);

    /** The report as a printable A4 PDF in the language of the locale (nynorsk, bokmål or English). */
    byte[] pdf(FollowUpReport report, Locale locale);
}
