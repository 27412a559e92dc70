package no.planverk.consultation.core.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.consultation.api.Consultation;
import no.planverk.consultation.api.ConsultationService;
import no.planverk.platform.api.DataExporter;
import no.planverk.platform.api.UserContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The consultation module in the export of all data: every consultation with its register (contact details included). */
@Component(service = DataExporter.class)
public class ConsultationData implements DataExporter {

    private static final UserContext EXPORT = UserContext.system("export");
    private final ConsultationService consultations;

    @Activate
    public ConsultationData(@Reference ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Override
    public String module() {
        return "consultation";
    }

    @Override
    public Object data() {
        List<Map<String, Object>> out = consultations.list(EXPORT).stream().map(this::one).toList();
        return Map.of("consultations", out);
    }

    private Map<String, Object> one(Consultation c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("consultation", c);
        m.put("submissions", consultations.submissions(c.id(), EXPORT));
        return m;
    }
}
