package no.planverk.portal.core.internal.html;

import java.util.Map;
import no.planverk.portal.core.internal.Texts;
import no.planverk.portal.core.internal.http.SubmissionForm;
import org.jsoup.nodes.Element;

/**
 * The innspel form: a label on every field, hints and errors tied to their fields ({@code aria-describedby},
 * {@code aria-invalid}), an error summary first that links to the fields, the honeypot hidden from people and from
 * assistive technology, and a plain POST that works without JavaScript.
 */
final class FormHtml {

    private FormHtml() {
    }

    /** {@code values} are what was sent (kept after an error), {@code errors} field to message key. */
    static void append(Element parent, Texts t, String action, Map<String, String> values, Map<String, String> errors) {
        Element section = parent.appendElement("section").id("submit").attr("aria-labelledby", "submit-heading");
        section.appendElement("h2").id("submit-heading").text(t.t("form.heading"));
        section.appendElement("p").text(t.t("form.intro"));
        if (!errors.isEmpty()) {
            Element summary = section.appendElement("div").addClass("error-summary").id("error-summary").attr("role", "alert")
                    .attr("tabindex", "-1").attr("aria-labelledby", "error-summary-heading");
            summary.appendElement("h3").id("error-summary-heading").text(t.t("form.errors"));
            Element ul = summary.appendElement("ul");
            errors.forEach((field, key) -> {
                Element li = ul.appendElement("li");
                if (field.equals("form")) {
                    li.text(t.t(key));
                } else {
                    li.appendElement("a").attr("href", "#f-" + field).text(t.t(key));
                }
            });
        }
        Element form = section.appendElement("form").id("submission-form").attr("method", "post").attr("action", action)
                .attr("enctype", "multipart/form-data");
        input(form, t, "name", "text", values, errors, true).attr("autocomplete", "name")
                .attr("maxlength", String.valueOf(SubmissionForm.NAME_MAX));
        input(form, t, "organisation", "text", values, errors, false).attr("autocomplete", "organization")
                .attr("maxlength", String.valueOf(SubmissionForm.ORGANISATION_MAX));
        input(form, t, "email", "email", values, errors, false).attr("autocomplete", "email")
                .attr("maxlength", String.valueOf(SubmissionForm.EMAIL_MAX));
        input(form, t, "section", "text", values, errors, false).attr("maxlength", String.valueOf(SubmissionForm.SECTION_MAX));
        Element text = field(form, t, "text", errors, true).appendElement("textarea").id("f-text").attr("name", "text")
                .attr("rows", "10").attr("required", true).attr("maxlength", String.valueOf(SubmissionForm.TEXT_MAX))
                .text(values.getOrDefault("text", ""));
        describe(text, "text", t, errors);
        Element check = form.appendElement("div").addClass("field").addClass("check");
        Element box = check.appendElement("input").attr("type", "checkbox").id("f-publishName").attr("name", "publishName")
                .attr("value", "on").attr("aria-describedby", "f-publishName-hint");
        if ("on".equals(values.get("publishName"))) {
            box.attr("checked", true);
        }
        check.appendElement("label").attr("for", "f-publishName").text(t.t("form.publishName"));
        check.appendElement("p").addClass("hint").id("f-publishName-hint").text(t.t("form.publishName.hint"));
        Element file = field(form, t, "attachment", errors, false).appendElement("input").attr("type", "file").id("f-attachment")
                .attr("name", "attachment").attr("accept", "application/pdf,.pdf");
        describe(file, "attachment", t, errors);
        Element trap = form.appendElement("div").addClass("hp").attr("aria-hidden", "true");
        trap.appendElement("label").attr("for", "f-" + SubmissionForm.HONEYPOT).text(t.t("form.honeypot"));
        trap.appendElement("input").attr("type", "text").id("f-" + SubmissionForm.HONEYPOT).attr("name", SubmissionForm.HONEYPOT)
                .attr("tabindex", "-1").attr("autocomplete", "off");
        form.appendElement("p").addClass("privacy").text(t.t("form.privacy"));
        form.appendElement("button").attr("type", "submit").id("f-send").text(t.t("form.send"));
    }

    private static Element input(Element form, Texts t, String name, String type, Map<String, String> values,
            Map<String, String> errors, boolean required) {
        Element input = field(form, t, name, errors, required).appendElement("input").attr("type", type).id("f-" + name)
                .attr("name", name).attr("value", values.getOrDefault(name, ""));
        if (required) {
            input.attr("required", true);
        }
        describe(input, name, t, errors);
        return input;
    }

    /** The field's wrapper with its label, hint and error message, in that order. */
    private static Element field(Element form, Texts t, String name, Map<String, String> errors, boolean required) {
        Element div = form.appendElement("div").addClass("field");
        Element label = div.appendElement("label").attr("for", "f-" + name).text(t.t("form." + name));
        label.appendText(" ");
        label.appendElement("span").addClass("req").text(t.t(required ? "form.required" : "form.optional"));
        String hint = t.t("form." + name + ".hint");
        if (!hint.equals("form." + name + ".hint")) {
            div.appendElement("p").addClass("hint").id("f-" + name + "-hint").text(hint);
        }
        if (errors.containsKey(name)) {
            div.addClass("invalid");
            div.appendElement("p").addClass("error").id("f-" + name + "-error").text(t.t("form.error", t.t(errors.get(name))));
        }
        return div;
    }

    private static void describe(Element input, String name, Texts t, Map<String, String> errors) {
        StringBuilder ids = new StringBuilder();
        if (!t.t("form." + name + ".hint").equals("form." + name + ".hint")) {
            ids.append("f-").append(name).append("-hint");
        }
        if (errors.containsKey(name)) {
            ids.append(ids.isEmpty() ? "" : " ").append("f-").append(name).append("-error");
            input.attr("aria-invalid", "true");
        }
        if (!ids.isEmpty()) {
            input.attr("aria-describedby", ids.toString());
        }
    }
}
