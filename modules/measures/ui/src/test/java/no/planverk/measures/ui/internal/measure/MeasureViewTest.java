package no.planverk.measures.ui.internal.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.planverk.measures.api.Funding;
import no.planverk.measures.api.Light;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureFact;
import no.planverk.measures.api.MeasureFacts;
import no.planverk.measures.api.MeasureStatus;
import no.planverk.measures.api.StatusReport;
import no.planverk.measures.api.YearAmount;
import no.planverk.measures.ui.internal.GridProbe;
import no.planverk.measures.ui.internal.MeasuresCard;
import no.planverk.measures.ui.internal.MeasuresUi;
import no.planverk.measures.ui.internal.MeasuresView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The measure page on the real service: reporting, editing, read-only users, stale saves, deleting, creating. */
class MeasureViewTest {

    private final MeasuresUi ui = new MeasuresUi();

    @AfterEach
    void close() {
        ui.close();
    }

    private static MeasureView page(Measure m) {
        return MeasuresUi.open("measures/measure/" + m.id(), MeasureView.class);
    }

    /** The page with "Rediger" clicked. */
    private static MeasureView form(Measure m) {
        MeasureView view = page(m);
        view.edit.click();
        return view;
    }

    @Test
    void aUnitLeaderReportsOnOwnMeasureAndTheGridAndCardShowTheNewLight() {
        Measure m87 = ui.seed().get(1);
        MeasuresUi.signIn(MeasuresUi.UH_LEADER);
        MeasureView view = page(m87);
        assertTrue(view.edit.isAttached() && view.edit.isVisible(), "the leader of BRG-UH edits 87");
        assertEquals(ui.f.measures().currentPeriod(), view.report.period.getValue(), "the current period by default");
        view.report.status.setValue(MeasureStatus.ONGOING);
        view.report.percent.setValue("30");
        view.report.light.setValue(Light.YELLOW);
        view.report.spent.setValue("120 000");
        view.report.send.click();
        assertTrue(view.report.comment.isInvalid(), "yellow needs a comment");
        assertEquals("Skriv kvifor lyset er gult eller raudt", view.report.comment.getErrorMessage());
        assertTrue(ui.f.measures().reports(m87.id()).isEmpty(), "nothing saved");

        view.report.comment.setValue("Tomta er ikkje regulert enno");
        view.report.send.click();
        List<StatusReport> reports = ui.f.measures().reports(m87.id());
        assertEquals(1, reports.size());
        assertEquals(120_000L, reports.get(0).spentNok());
        assertEquals("uhleiar", reports.get(0).reportedBy());
        assertEquals(1, GridKt._size(view.timeline));
        assertEquals("Tomta er ikkje regulert enno", GridKt._getFormatted(view.timeline, 0, "comment"));
        assertEquals("yellow", view.facts.getChildren().filter(c -> c.getElement().hasAttribute("data-light")).findFirst()
                .orElseThrow().getElement().getAttribute("data-light"), "the header shows the new light");

        MeasuresView grid = MeasuresUi.open("measures", MeasuresView.class);
        assertEquals(List.of("87"), GridProbe.numbersWithLight(grid, Light.YELLOW));
        var card = new MeasuresCard(ui.f.measures()).create();
        var yellow = LocatorJ._find(card, com.vaadin.flow.component.html.ListItem.class).stream()
                .filter(li -> "yellow".equals(li.getElement().getAttribute("data-light"))).findFirst().orElseThrow();
        assertTrue(yellow.getElement().getTextRecursively().endsWith(": 1"), yellow.getElement().getTextRecursively());
    }

    @Test
    void aLaterReportGoesOnTopOfTheTimeline() {
        Measure m86 = ui.seed().get(0);
        MeasureView view = page(m86);
        view.report.status.setValue(MeasureStatus.STARTED);
        view.report.light.setValue(Light.GREEN);
        view.report.period.setValue(previous(ui.f.measures().currentPeriod()));
        view.report.send.click();
        view.report.status.setValue(MeasureStatus.ONGOING);
        view.report.light.setValue(Light.RED);
        view.report.comment.setValue("Manglar folk");
        view.report.send.click();
        assertEquals(2, GridKt._size(view.timeline));
        assertEquals("Manglar folk", GridKt._getFormatted(view.timeline, 0, "comment"), "newest first");
        assertEquals(Light.RED, ui.f.measures().find(m86.id()).orElseThrow().light());
    }

    private static no.planverk.measures.api.ReportPeriod previous(no.planverk.measures.api.ReportPeriod p) {
        return p.wholeYear() ? no.planverk.measures.api.ReportPeriod.year(p.year() - 1)
                : p.part() == 1 ? new no.planverk.measures.api.ReportPeriod(p.year() - 1, 3) : new no.planverk.measures.api.ReportPeriod(p.year(), p.part() - 1);
    }

    @Test
    void factsOfOtherModulesShowWithTheirLinkAndAFailingModuleIsLeftOut() {
        Measure m87 = ui.seed().get(1);
        MeasuresUi.signIn(MeasuresUi.READER);
        assertTrue(page(m87).getChildren().noneMatch(c -> "planverk-measure-facts".equals(c.getId().orElse(null))),
                "no section without facts");
        MeasureFacts hours = (id, locale) -> id == m87.id()
                ? List.of(new MeasureFact("Frivillig innsats " + locale.getLanguage(), "12 timar", "volunteers/report?measure=" + id))
                : List.of();
        MeasureFacts broken = (id, locale) -> {
            throw new IllegalStateException("database gone");
        };
        ui.page.addFacts(broken);
        ui.page.addFacts(hours);
        MeasureView view = page(m87);
        Div section = (Div) view.getChildren().filter(c -> "planverk-measure-facts".equals(c.getId().orElse(null))).findFirst()
                .orElseThrow();
        assertEquals("Frå andre modularFrivillig innsats nn: 12 timarVis", section.getElement().getTextRecursively());
        assertEquals("volunteers/report?measure=" + m87.id(), LocatorJ._get(section, Anchor.class).getHref());
        ui.page.removeFacts(hours);
        assertTrue(page(m87).getChildren().noneMatch(c -> "planverk-measure-facts".equals(c.getId().orElse(null))));
    }

    @Test
    void readersAndOtherUnitsGetTheMeasureReadOnly() {
        Measure m91 = ui.seed().get(5);
        MeasuresUi.signIn(MeasuresUi.READER);
        MeasureView view = page(m91);
        assertFalse(view.form.isAttached(), "no greyed-out form: the values as text");
        assertFalse(view.edit.isAttached());
        assertTrue(view.text.getElement().getTextRecursively().contains(m91.title()), view.text.getElement().getTextRecursively());
        assertNull(view.report, "no report form");
        assertFalse(view.delete.isAttached());
        assertFalse(view.save.isAttached());
        assertTrue(LocatorJ._find(view, Button.class).stream().noneMatch(b -> b.isAttached() && b.isVisible() && b.isEnabled()
                && "Lagre".equals(b.getText())));
        MeasuresUi.signIn(MeasuresUi.UH_LEADER);
        MeasuresUi.open("measures", MeasuresView.class);
        assertFalse(page(m91).edit.isAttached(), "91 belongs to Sykehjemsetaten, not to BRG-UH");
    }

    @Test
    void aPlannerEditsTitleAndYearsWithNorwegianAmounts() {
        Measure m90 = ui.seed().get(4);
        MeasureView view = form(m90);
        view.form.title.setValue("Mentorordning for nyansatte i ETTU");
        YearRows.YearRow next = view.form.years.addRow(new YearAmount(ui.year + 1, null, Funding.NOT_FUNDED));
        next.cost.setValue("650 000");
        view.save.click();
        Measure saved = ui.f.measures().find(m90.id()).orElseThrow();
        assertEquals("Mentorordning for nyansatte i ETTU", saved.title());
        assertEquals(new YearAmount(ui.year + 1, 650_000L, Funding.NOT_FUNDED), saved.years().get(1));
        assertTrue(MeasuresUi.notifications().contains("Tiltak 90 er lagra."), MeasuresUi.notifications().toString());
        assertTrue(LocatorJ._find(view.facts, Span.class).stream().anyMatch(s -> "Ikkje finansiert".equals(s.getText())),
                "the header flags the unfunded year");
    }

    @Test
    void badInputShowsFieldErrorsKeepsTheInputAndSavesNothing() {
        Measure m90 = ui.seed().get(4);
        long version = m90.version();
        MeasureView view = form(m90);
        view.form.title.setValue("Ny tittel");
        view.form.years.rows.get(0).cost.setValue("12x");
        view.save.click();
        assertTrue(view.form.years.rows.get(0).cost.isInvalid());
        view.form.years.rows.get(0).cost.setValue("500 000");
        view.form.fromYear.setValue(Integer.toString(ui.year + 5));
        view.save.click();
        assertTrue(view.form.toYear.isInvalid(), "the service's rule lands on its field");
        assertTrue(view.form.toYear.getErrorMessage().contains("ends"), view.form.toYear.getErrorMessage());
        view.form.title.clear();
        view.save.click();
        assertTrue(view.form.title.isInvalid());
        assertEquals("Skriv kva tiltaket er", view.form.title.getErrorMessage());
        assertEquals(Integer.toString(ui.year + 5), view.form.fromYear.getValue(), "the input stays");
        Measure stored = ui.f.measures().find(m90.id()).orElseThrow();
        assertEquals(version, stored.version(), "nothing saved");
        assertEquals(m90.title(), stored.title());
    }

    @Test
    void aStaleSaveSaysSoAndKeepsTheInput() {
        Measure m89 = ui.seed().get(3);
        MeasureView view = form(m89);
        ui.f.measures().update(m89.id(), m89.version(), m89.draft().withNumber("89b"), MeasuresUi.PLANNER);
        view.form.contact.setValue("Etatsdirektør");
        view.save.click();
        assertTrue(view.problem.isVisible());
        assertTrue(view.problem.getText().startsWith("Nokon andre har lagra dette tiltaket"), view.problem.getText());
        assertEquals("Etatsdirektør", view.form.contact.getValue());
        assertNull(ui.f.measures().find(m89.id()).orElseThrow().contact());
    }

    @Test
    void deletingAsksFirst() {
        Measure m86 = ui.seed().get(0);
        MeasureView view = page(m86);
        view.delete.click();
        assertTrue(view.confirm.isOpened());
        assertTrue(ui.f.measures().find(m86.id()).isPresent(), "nothing yet");
        view.delete();
        assertTrue(ui.f.measures().find(m86.id()).isEmpty());
        LocatorJ._get(MeasuresView.class);
    }

    @Test
    void lettersInAYearOrACostStayMarkedAndNothingIsSaved() {
        Measure m90 = ui.seed().get(4);
        MeasureView view = form(m90);
        view.form.toYear.setValue("20x6");
        view.save.click();
        assertTrue(view.form.toYear.isInvalid());
        assertEquals("«20x6» er ikkje eit heilt tal.", view.form.toYear.getErrorMessage());
        assertEquals("20x6", view.form.toYear.getValue());
        assertEquals(m90.version(), ui.f.measures().find(m90.id()).orElseThrow().version(), "nothing saved");
        assertTrue(view.editing());
    }

    @Test
    void lettersInThePercentStayMarkedAndNoReportIsSent() {
        Measure m87 = ui.seed().get(1);
        MeasureView view = page(m87);
        view.report.status.setValue(MeasureStatus.ONGOING);
        view.report.light.setValue(Light.GREEN);
        view.report.percent.setValue("2x0");
        view.report.send.click();
        assertTrue(view.report.percent.isInvalid());
        assertEquals("«2x0» er ikkje eit heilt tal.", view.report.percent.getErrorMessage());
        assertEquals("2x0", view.report.percent.getValue(), "never read as 20");
        assertTrue(ui.f.measures().reports(m87.id()).isEmpty(), "nothing sent");
        view.report.percent.setValue("120");
        view.report.send.click();
        assertEquals("Skriv eit tal frå 0 til 100.", view.report.percent.getErrorMessage());
        assertTrue(ui.f.measures().reports(m87.id()).isEmpty());
    }

    @Test
    void aTooLongTitleShowsTheCountAndIsRefusedNotCut() {
        Measure m90 = ui.seed().get(4);
        MeasureView view = form(m90);
        view.form.title.setValue("x".repeat(600));
        assertEquals(0, view.form.title.getMaxLength(), "no maxlength: the browser would cut a paste");
        assertTrue(view.form.title.getHelperText().replace('\u00a0', ' ').contains("600 / 500 teikn"), view.form.title.getHelperText());
        view.save.click();
        assertTrue(view.form.title.isInvalid());
        assertTrue(view.form.title.getErrorMessage().startsWith("For lang: høgst 500 teikn"), view.form.title.getErrorMessage());
        assertEquals(m90.title(), ui.f.measures().find(m90.id()).orElseThrow().title());
    }

    @Test
    void theMeasureShowsItsValuesFirstAndDeleteSitsAtTheEnd() {
        Measure m90 = ui.seed().get(4);
        MeasureView view = page(m90);
        assertTrue(view.text.isVisible());
        assertFalse(view.form.isVisible());
        assertEquals("Rediger", view.edit.getText());
        assertTrue(view.indexOf(view.edit) < view.indexOf(view.text), "Rediger above the values, not below them");
        assertEquals(view.getComponentCount() - 1, view.indexOf(view.delete.getParent().orElseThrow()), "the last thing on the page");
        assertTrue(view.delete.getThemeNames().containsAll(List.of("error", "tertiary")));
    }

    @Test
    void withoutThePlansModuleTheBreadcrumbShowsPlanAndGoalAsText() {
        Measure m90 = ui.seed().get(4);
        MeasureView view = page(m90);
        com.vaadin.flow.component.html.Nav crumbs = LocatorJ._get(view, com.vaadin.flow.component.html.Nav.class,
                spec -> spec.withId("planverk-measure-crumbs"));
        String text = crumbs.getElement().getTextRecursively();
        assertTrue(text.contains(m90.planName()) && text.endsWith("90 " + m90.title()), text);
        assertTrue(LocatorJ._find(crumbs, com.vaadin.flow.component.html.Anchor.class).isEmpty(), "no links to pages that are not there");
    }

    @Test
    void anUnknownIdSaysNotFound() {
        MeasureView view = MeasuresUi.open("measures/measure/999999", MeasureView.class);
        assertNull(view.measure());
        assertTrue(view.getPageTitle().startsWith("Fann ikkje tiltaket"));
    }
}
