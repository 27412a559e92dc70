package no.planverk.measures.ui.internal.transfer;

import com.vaadin.flow.component.Component;
import no.planverk.measures.api.FollowUpReportService;
import no.planverk.measures.api.MeasureService;
import no.planverk.measures.api.PlanDirectory;
import no.planverk.measures.ui.internal.MeasureNav;
import no.planverk.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The annual follow-up report at {@code measures/report}, for everyone who reads measures (roll-forward in it
 * for planners). Plans come from the plans module when it is installed; each new view takes the directory
 * there is at that moment, without it the plan is named in free text.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class ReportContribution implements ViewContribution {

    private final FollowUpReportService reports;
    private final MeasureService measures;
    private volatile PlanDirectory directory;

    @Activate
    public ReportContribution(@Reference FollowUpReportService reports, @Reference MeasureService measures) {
        this.reports = reports;
        this.measures = measures;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void setDirectory(PlanDirectory d) {
        directory = d;
    }

    public void unsetDirectory(PlanDirectory d) {
        if (directory == d) {
            directory = null;
        }
    }

    @Override
    public String path() {
        return MeasureNav.REPORT;
    }

    @Override
    public Class<ReportView> viewClass() {
        return ReportView.class;
    }

    @Override
    public Component create() {
        return new ReportView(reports, measures, directory);
    }
}
