package no.planverk.consultation.api;

import java.time.Instant;
import java.util.List;

/** Everything stored about one submitter (GDPR access): the submissions found by e-mail address or name, with their consultations. */
public record SubmitterExport(Instant exportedAt, String submitter, List<Submission> submissions) {

    public SubmitterExport {
        submissions = List.copyOf(submissions);
    }
}
