package no.example.bustad.ui.internal;

import static no.example.bustad.ui.internal.BustadTexts.t;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.Optional;
import no.example.bustad.api.BustadService;
import no.example.bustad.api.WaitingEntry;
import no.planverk.platform.api.OrgUnit;
import no.planverk.platform.api.OrgUnitService;
import no.planverk.ui.api.Formats;

/**
 * One position's page at {@code /bustad/entry/<id>}, reached from the list's links (and bookmarks: the id is in the
 * address): reference, unit, step, day listed, status, place in the queue and note. An id that is not there says so.
 */
public class EntryView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    private final transient BustadService bustad;
    private final transient OrgUnitService units;
    final Anchor back = new Anchor(BustadNav.LIST, t("entry.back"));
    final H2 title = new H2();
    final Paragraph facts = new Paragraph();
    final Paragraph note = new Paragraph();

    public EntryView(BustadService bustad, OrgUnitService units) {
        this.bustad = bustad;
        this.units = units;
        setWidthFull();
        back.setId("bustad-back");
        title.setId("bustad-entry-title");
        facts.setId("bustad-entry-facts");
        note.setId("bustad-entry-note");
        add(BustadNav.bar(BustadNav.ENTRY), back, title, facts, note);
    }

    /** Vaadin calls this with the id from the address, also when only the id changes on an open page. */
    @Override
    public void setParameter(BeforeEvent event, Long id) {
        Optional<WaitingEntry> found = bustad.find(id);
        if (found.isEmpty()) {
            title.setText(t("entry.notFound"));
            facts.setText(t("entry.notFound.help", String.valueOf(id)));
            note.setText("");
            return;
        }
        WaitingEntry e = found.get();
        title.setText(e.reference());
        String unit = units.find(e.unitId()).map(OrgUnit::name).orElse(String.valueOf(e.unitId()));
        facts.setText(t("entry.facts", unit, BustadTexts.step(e.step()), Formats.date(e.listedOn()), BustadTexts.status(e.status()),
                e.position() == null ? "–" : String.valueOf(e.position())));
        note.setText(e.note() == null ? t("entry.noNote") : e.note());
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " – Planverk";
    }
}
