package no.planverk.consultation.api;

/** A party notified of the consultation (partar varsla): its kind and name, such as "Eldrerådet". */
public record Party(PartyKind kind, String name) {
}
