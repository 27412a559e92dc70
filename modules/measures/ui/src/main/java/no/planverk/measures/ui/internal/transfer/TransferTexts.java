package no.planverk.measures.ui.internal.transfer;

import no.planverk.ui.api.Texts;

/** Texts of import, export, the annual report and roll-forward ({@code .../transfer/messages*.properties}). */
public final class TransferTexts {

    public static final Texts TEXTS = new Texts(TransferTexts.class, "no.planverk.measures.ui.internal.transfer.messages");

    private TransferTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
