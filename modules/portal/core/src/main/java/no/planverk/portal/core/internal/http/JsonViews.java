package no.planverk.portal.core.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.planverk.plans.api.document.SectionContent;
import no.planverk.plans.api.document.SectionPart;
import no.planverk.platform.json.JsonMappers;
import no.planverk.portal.core.internal.content.ConsultationDetail;
import no.planverk.portal.core.internal.content.PlanDetail;
import no.planverk.portal.core.internal.content.PublicConsultation;
import no.planverk.portal.core.internal.content.PublicDocument;
import no.planverk.portal.core.internal.content.PublicPlan;
import no.planverk.portal.core.internal.content.Receipt;
import no.planverk.portal.core.internal.html.Markdown;

/**
 * The public JSON: built only from the portal's public records, so nothing the pages do not show can be written.
 * Document text comes as the author's Markdown and as sanitised HTML (safe to insert in another site's page).
 */
public final class JsonViews {

    static final ObjectMapper MAPPER = JsonMappers.standard();

    private JsonViews() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> plans(String municipality, List<PublicPlan> plans) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("municipality", municipality);
        m.put("items", plans);
        return m;
    }

    static Map<String, Object> plan(PlanDetail d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plan", d.plan());
        m.put("document", d.document() == null ? null : document(d.document()));
        m.put("goals", d.goals());
        m.put("measures", d.measures());
        m.put("consultations", d.consultations());
        return m;
    }

    static Map<String, Object> consultations(List<PublicConsultation> list) {
        return Map.of("items", list);
    }

    static Map<String, Object> consultation(ConsultationDetail d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("consultation", d.consultation());
        m.put("planId", d.plan() == null ? null : d.plan().id());
        m.put("document", d.document() == null ? null : document(d.document()));
        m.put("assessment", d.assessment());
        return m;
    }

    static Map<String, Object> receipt(Receipt r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("consultationId", r.consultationId());
        m.put("number", r.number());
        m.put("receivedAt", r.receivedAt());
        return m;
    }

    static Map<String, Object> error(int status, String message, Map<String, String> fields) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        m.put("message", message);
        if (fields != null && !fields.isEmpty()) {
            m.put("fields", fields);
        }
        return m;
    }

    static Map<String, Object> document(PublicDocument doc) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revisionId", doc.revisionId());
        m.put("publishedOn", doc.publishedOn());
        m.put("title", doc.content().title());
        m.put("subtitle", doc.content().subtitle());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (SectionContent s : doc.content().sections()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("number", s.number());
            sm.put("level", s.level());
            sm.put("heading", s.heading());
            List<Map<String, Object>> parts = new ArrayList<>();
            for (SectionPart p : s.parts()) {
                Map<String, Object> pm = new LinkedHashMap<>();
                if (p instanceof SectionPart.Text t) {
                    pm.put("kind", "text");
                    pm.put("markdown", t.markdown());
                    pm.put("html", Markdown.toHtml(t.markdown()));
                } else if (p instanceof SectionPart.Block b) {
                    pm.put("kind", "block");
                    pm.put("type", b.ref().type());
                    pm.put("content", b.content());
                    pm.put("placeholder", b.content() == null ? b.placeholder() : null);
                }
                parts.add(pm);
            }
            sm.put("parts", parts);
            sections.add(sm);
        }
        m.put("sections", sections);
        return m;
    }
}
