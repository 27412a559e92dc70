package no.planverk.consultation.ui.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import no.planverk.consultation.api.Channel;
import no.planverk.consultation.api.Outcome;
import no.planverk.consultation.api.PartyKind;
import no.planverk.consultation.api.Phase;
import no.planverk.consultation.api.Subject;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.PlanverkException;
import no.planverk.ui.api.Notices;
import no.planverk.ui.api.ServerTexts;
import no.planverk.ui.api.Texts;

/** Texts of the consultation views: {@code messages.properties} (nynorsk), {@code _nb} and {@code _en} beside this class. */
public final class ConsultationTexts {

    public static final Texts TEXTS = new Texts(ConsultationTexts.class, "no.planverk.consultation.ui.internal.messages");

    private ConsultationTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    public static String outcome(Outcome o) {
        return o == null ? t("outcome.none") : t("outcome." + o.id());
    }

    public static String channel(Channel c) {
        return t("channel." + c.id());
    }

    public static String phase(Phase p) {
        return t("phase." + p.id());
    }

    public static String subject(Subject s) {
        return t("subject." + s.id());
    }

    public static String kind(PartyKind k) {
        return t("party." + k.id());
    }

    /** A refused input's messages by field, in the user's language (the service's keys through the shell's translator). */
    public static Map<String, String> problems(InvalidInputException e) {
        Map<String, String> out = new LinkedHashMap<>();
        e.fieldMessages().forEach((field, m) -> out.put(field, ServerTexts.of(m)));
        return out;
    }

    public static void show(PlanverkException e) {
        Notices.show(e, TEXTS);
    }
}
