package no.planverk.portal.core.internal.content;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import no.planverk.platform.api.InvalidInputException;
import no.planverk.platform.api.Message;
import no.planverk.platform.api.NotFoundException;
import no.planverk.plans.api.document.BlockCell;
import no.planverk.plans.api.document.BlockContent;
import no.planverk.plans.api.document.BlockRef;
import no.planverk.plans.api.document.BlockTable;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.SectionContent;
import no.planverk.plans.api.document.SectionPart;

/**
 * A municipality for the portal's tests: plan 1 in force with a published document, goals and measures; plan 2 in
 * preparation (a draft); plan 3 under revision with only an unpublished draft document; consultation 10 open on plan 2,
 * 11 closed with a published merknadsbehandling, 12 upcoming, 13 closed and not published.
 */
public final class Fakes {

    public static final String DRAFT_TEXT = "UTKAST-IKKJE-PUBLISERT";
    public static final String SECRET_EMAIL = "kari.secret@example.no";
    public static final String UNCONSENTED = "Ola Usynleg";

    public static PublicPlan plan(long id, String title, String status) {
        return new PublicPlan(id, "P" + id, "kommunedelplan", title, 2024, 2035, status, LocalDate.of(2024, 6, 20), "PS 12/24",
                null, "Om planen");
    }

    public static final class Plans implements PlanSource {
        public final Map<Long, PublicPlan> plans = new LinkedHashMap<>();

        public Plans() {
            plans.put(1L, Fakes.plan(1, "Kommunedelplan for helse <og> omsorg", "in-force"));
            plans.put(2L, Fakes.plan(2, "Utkast til bustadplan", "preparation"));
            plans.put(3L, Fakes.plan(3, "Kulturplan", "revision"));
        }

        @Override
        public List<PublicPlan> plans() {
            return List.copyOf(plans.values());
        }

        @Override
        public Optional<PublicPlan> plan(long id) {
            return Optional.ofNullable(plans.get(id));
        }

        @Override
        public List<PublicGoal> goals(long planId) {
            if (planId != 1) {
                return List.of();
            }
            PublicGoal sub = new PublicGoal(102, "1.1", "Fleire skal bu heime", "goal", List.of(3), List.of());
            return List.of(new PublicGoal(101, "1", "Gode liv heile livet", "main", List.of(3, 11), List.of(sub)));
        }
    }

    public static final class Measures implements MeasureSource {
        @Override
        public List<PublicMeasure> ofPlan(long planId) {
            return planId != 1 ? List.of() : List.of(
                    new PublicMeasure(201, "1.1.1", "Kvardagsrehabilitering i alle soner", "ongoing", "yellow", 40, 2025, 2027, "2025-T2",
                            "Starta i to soner, ventar på tilsetjing.", List.of(102L)),
                    new PublicMeasure(202, "9", "Tiltak utan mål", "planned", null, 0, 2026, 2026, null, null, List.of()));
        }
    }

    public static final class Documents implements DocumentSource {
        @Override
        public Optional<PublicDocument> published(long planId, Locale locale) {
            if (planId != 1) {
                return Optional.empty(); // plan 3 has only a draft: never shown
            }
            BlockContent goals = new BlockContent("Måltabell", List.of(new BlockTable(List.of("Kode", "Mål"),
                    List.of(List.of(new BlockCell("1", "#0066cc"), BlockCell.of("Gode liv heile livet"))))), List.of(), "Kjelde: Planverk");
            SectionContent intro = new SectionContent("1", 1, "Innleiing", List.of(
                    new SectionPart.Text("Planen gjeld **2024–2035**.\n\n<script>alert('x')</script>\n\n[klikk](javascript:alert(1))"),
                    new SectionPart.Block(new BlockRef("plans-goal-table", "1"), goals, null),
                    new SectionPart.Block(new BlockRef("forecast-chart", "9"), null, "Prognosemodulen er ikkje installert")));
            return Optional.of(new PublicDocument(4, LocalDate.of(2024, 6, 21),
                    new DocumentContent("Alver kommune", "Kommunedelplan for helse og omsorg", "", List.of(intro))));
        }

        @Override
        public Optional<PublicDocument> frozen(long planId, boolean programme, long revision, Locale locale) {
            return planId == 2 && revision == 2 ? Optional.of(new PublicDocument(2, LocalDate.of(2026, 11, 1),
                    new DocumentContent("Alver kommune", "Bustadplan, høyringsutkast", "", List.of(
                            new SectionContent("1", 1, "Føremål", List.of(new SectionPart.Text("Høyringsutkastet.")))))))
                    : Optional.empty();
        }
    }

    /** Stores what is sent, personal data included, as the real register does. */
    public static final class Consultations implements ConsultationSource {
        public final List<Submission> received = new ArrayList<>();
        public final Map<Long, PublicConsultation> all = new LinkedHashMap<>();

        public Consultations() {
            all.put(11L, new PublicConsultation(11, 1, "programme", "Planprogram for helse og omsorg", LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 2, 15), null, "Programmet.", List.of("Eldrerådet"), "closed", 2, true));
            all.put(12L, new PublicConsultation(12, 1, "plan", "Kommande høyring", LocalDate.of(2099, 1, 1), LocalDate.of(2099, 2, 1),
                    null, "", List.of(), "upcoming", 0, false));
            all.put(13L, new PublicConsultation(13, 3, "plan", "Kulturplan høyring", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1),
                    null, "", List.of(), "closed", 4, false));
            all.put(10L, new PublicConsultation(10, 2, "plan", "Bustadplan på høyring", LocalDate.of(2026, 11, 1), LocalDate.of(2099, 12, 31),
                    2L, "Seie di meining om **bustadplanen**.", List.of("Rådet for personar med funksjonsnedsetjing"), "open", 0, false));
        }

        @Override
        public List<PublicConsultation> consultations() {
            return List.copyOf(all.values());
        }

        @Override
        public Optional<PublicConsultation> consultation(long id) {
            return Optional.ofNullable(all.get(id));
        }

        @Override
        public Optional<List<PublicAssessment>> assessment(long id) {
            if (id == 13) {
                // not published: the portal must not ask for it, and shows nothing even if it did
                return Optional.of(List.of(new PublicAssessment(1, UNCONSENTED, null, null, "s", "a", "noted", null)));
            }
            return id != 11 ? Optional.empty() : Optional.of(List.of(
                    new PublicAssessment(1, "Eldrerådet", null, "3.2", "Vil ha fleire dagsenterplassar.", "Teke inn i 5.1.", "taken-in", "5.1"),
                    new PublicAssessment(2, null, null, null, "Ønskjer betre kollektivtilbod.", "Gjeld ikkje denne planen.", "noted", null)));
        }

        @Override
        public Receipt submit(long id, Submission submission) {
            PublicConsultation c = all.get(id);
            if (c == null) {
                throw new NotFoundException("no consultation " + id);
            }
            if (!c.open()) {
                throw new InvalidInputException(Message.of("consultation.closed", "Closed"));
            }
            received.add(submission);
            int number = c.submissions() + 1;
            all.put(id, new PublicConsultation(c.id(), c.planId(), c.subject(), c.title(), c.opensOn(), c.closesOn(), c.revisionId(),
                    c.introduction(), c.parties(), c.phase(), number, c.assessmentPublished()));
            return new Receipt(id, number, Instant.parse("2026-12-07T10:00:00Z"));
        }
    }

    public static PortalContent content() {
        return new PortalContent(new Plans(), new Measures(), new Documents(), new Consultations());
    }

    private Fakes() {
    }
}
