package no.planverk.consultation.core.internal.privacy;

/** The erasure of names and e-mail addresses after adoption, for the daily {@link Retention} run and the shell. */
public interface AdoptionErasure {

    /** Erases names and e-mail addresses of consultations adopted at least {@code months} months ago; returns how many submissions. */
    int eraseAfterAdoption(int months);
}
