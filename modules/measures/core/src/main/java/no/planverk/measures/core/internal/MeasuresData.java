package no.planverk.measures.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.measures.api.Measure;
import no.planverk.measures.api.MeasureService;
import no.planverk.platform.api.DataExporter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The measures module in the export of all data: every measure with its years and its follow-up reports. */
@Component(service = DataExporter.class)
public class MeasuresData implements DataExporter {

    private final MeasureService measures;

    @Activate
    public MeasuresData(@Reference MeasureService measures) {
        this.measures = measures;
    }

    @Override
    public String module() {
        return "measures";
    }

    @Override
    public Object data() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Measure m : measures.all()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("measure", m);
            one.put("reports", measures.reports(m.id()));
            out.add(one);
        }
        return Map.of("measures", out);
    }
}
