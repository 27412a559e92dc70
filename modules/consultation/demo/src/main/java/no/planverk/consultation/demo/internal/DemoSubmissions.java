package no.planverk.consultation.demo.internal;

import java.util.List;

/**
 * Invented submissions on the planning programme, each marked "Demo:" (no seed has any): channel, name, organisation,
 * text, section, then the assessment: summary, assessment, outcome, changed section.
 */
final class DemoSubmissions {

    private DemoSubmissions() {
    }

    static final List<String[]> ALL = List.of(
            new String[] {"letter", "Eldrerådet i Alver", "Eldrerådet",
                "Demo: Eldrerådet ønskjer at planen tek med einsemd blant eldre og kva frivillige kan gjere.", "4.2",
                "Demo: Ber om at einsemd blant eldre vert eit tema.",
                "Demo: Einsemd vert teke inn under sentrale tema i 4.2 og følgt opp i planen sitt kapittel om utviklingstrekk.",
                "taken-in", "4.2"},
            new String[] {"email", "Ungdomsrådet i Alver", "Ungdomsrådet",
                "Demo: Ungdomsrådet vil vere med i referansegruppa og få eige møte om psykisk helse.", "3.1",
                "Demo: Vil vere med i referansegruppa.",
                "Demo: Ungdomsrådet er med i referansegruppa. Eit eige møte om psykisk helse vert vurdert i planen for medverknad.",
                "partly-taken-in", "3.5"},
            new String[] {"email", "Demo Nordmann", null,
                "Demo: Eg saknar busstilbod til dagsenteret i Lindås.", null,
                "Demo: Ber om betre transport til dagtilbod.",
                "Demo: Transport er ikkje eit tema for planprogrammet, men innspelet vert sendt vidare til arbeidet med samfunnsdelen.",
                "not-taken-in", null},
            new String[] {"letter", "Helse Bergen HF", "Helse Bergen HF",
                "Demo: Helseføretaket viser til tenesteavtalane og ønskjer at samhandling får ein eigen del i planen.", "5.2",
                "Demo: Ønskjer at samhandling med spesialisthelsetenesta får eigen omtale.",
                "Demo: Teke til etterretning. Samhandling er med under regionale føringar og vert handsama i planen.",
                "noted", null},
            new String[] {"email", "Frivilligsentralen", "Frivilligsentralen",
                "Demo: Frivilligsentralen ønskjer å nemnast som samarbeidspart i medverknaden.", "3.4",
                "Demo: Vil vere samarbeidspart i medverknaden.",
                "Demo: Frivilligsentralen vert nemnd i ramma for medverknad.", "taken-in", "3.4"});
}
