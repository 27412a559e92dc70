package no.planverk.ui.internal.views;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import no.planverk.platform.api.AuditEntry;
import no.planverk.platform.api.AuditLog;
import no.planverk.platform.api.AuditQuery;
import no.planverk.ui.api.Formats;
import no.planverk.ui.internal.ShellTexts;

/** The audit trail for admins: newest first, filtered by type and actor, paged lazily. */
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    final TextField type = new TextField(ShellTexts.t("audit.type"));
    final TextField actor = new TextField(ShellTexts.t("audit.actor"));
    final Grid<AuditEntry> grid = new Grid<>();
    private final transient AuditLog audit;

    public AuditView(AuditLog audit) {
        this.audit = audit;
        for (TextField f : new TextField[] {type, actor}) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        grid.addColumn(e -> Formats.dateTime(e.time())).setHeader(ShellTexts.t("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(ShellTexts.t("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> ShellTexts.action(e.action())).setHeader(ShellTexts.t("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::entityType).setHeader(ShellTexts.t("audit.type")).setAutoWidth(true);
        grid.addColumn(AuditEntry::entityId).setHeader(ShellTexts.t("audit.id")).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(AuditView::details));
        grid.setItems(q -> audit.find(query(q.getOffset(), q.getLimit())).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, audit.count(query(0, 1))));
        grid.setId("planverk-audit");
        setSizeFull();
        grid.setSizeFull();
        add(new H2(ShellTexts.t("menu.audit")), new HorizontalLayout(type, actor), grid);
    }

    AuditQuery query(int offset, int limit) {
        return new AuditQuery(type.getValue(), actor.getValue(), offset, Math.max(1, Math.min(limit, 1000)));
    }

    private static HorizontalLayout details(AuditEntry e) {
        Pre before = new Pre(ShellTexts.t("audit.before") + "\n" + (e.before() == null ? "–" : e.before()));
        Pre after = new Pre(ShellTexts.t("audit.after") + "\n" + (e.after() == null ? "–" : e.after()));
        before.getStyle().set("white-space", "pre-wrap");
        after.getStyle().set("white-space", "pre-wrap");
        HorizontalLayout row = new HorizontalLayout(before, after);
        row.setWidthFull();
        return row;
    }

    @Override
    public String getPageTitle() {
        return ShellTexts.t("menu.audit") + " – Planverk";
    }
}
