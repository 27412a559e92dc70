package no.planverk.portal.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.MultipartConfigElement;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import no.planverk.portal.core.internal.Branding;
import no.planverk.portal.core.internal.Lang;
import no.planverk.portal.core.internal.PortalSettings;
import no.planverk.portal.core.internal.content.Fakes;
import no.planverk.portal.core.internal.content.PortalContent;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portal's two servlets in a real Jetty with sessions switched on (so a servlet that asked for a session would set a
 * cookie), driven over HTTP as a browser or another site would: what is published answers, drafts and personal data
 * do not, caching, languages, the form and its guards.
 */
class PortalHttpTest {

    private Server server;
    private String base;
    private Fakes.Consultations consultations;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws Exception {
        consultations = new Fakes.Consultations();
        PortalContent content = new PortalContent(new Fakes.Plans(), new Fakes.Measures(), new Fakes.Documents(), consultations);
        PortalSettings.Settings settings = PortalSettings.of(Branding.of("Alver kommune", null, "#005a8c"), Lang.NN, "", 3, 10, 60, 10);
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        MultipartConfigElement multipart = new MultipartConfigElement(Files.createTempDirectory("portal").toString(),
                SubmissionForm.FILE_MAX + 1024, SubmissionForm.REQUEST_MAX, 0);
        ServletHolder pages = new ServletHolder(new PortalServlet(content, () -> settings));
        context.addServlet(pages, "/public/*");
        pages.getRegistration().setMultipartConfig(multipart);
        ServletHolder api = new ServletHolder(new PublicApiServlet(content, () -> settings));
        context.addServlet(api, "/api/v1/public/*");
        api.getRegistration().setMultipartConfig(multipart);
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void noSession(HttpResponse<?> r) {
        assertTrue(r.headers().allValues("Set-Cookie").isEmpty(), "no cookie: " + r.headers().map());
    }

    @Test
    void theFrontPageListsPlansInForceOnlyAndEscapesTitles() throws Exception {
        HttpResponse<String> r = get("/public/");
        assertEquals(200, r.statusCode());
        noSession(r);
        assertTrue(r.body().startsWith("<!doctype html><html lang=\"nn\">"), r.body().substring(0, 60));
        assertTrue(r.body().contains("Kommunedelplan for helse &lt;og&gt; omsorg"));
        assertTrue(r.body().contains("Kulturplan"));
        assertFalse(r.body().contains("Utkast til bustadplan"), "a plan in preparation is not listed");
        assertTrue(r.body().contains("<a class=\"skip\" href=\"#main\">"));
        assertTrue(r.body().contains("<main id=\"main\""));
        assertTrue(r.body().contains("Bustadplan på høyring"), "open consultations on the front page");
    }

    @Test
    void revalidationAnswers304() throws Exception {
        HttpResponse<String> first = get("/public/plans/1");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().startsWith("public"));
        HttpResponse<String> again = get("/public/plans/1", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> json = get("/api/v1/public/plans");
        assertEquals(304, get("/api/v1/public/plans", "If-None-Match", json.headers().firstValue("ETag").orElseThrow()).statusCode());
        assertEquals(200, get("/public/plans/1?lang=en", "If-None-Match", etag).statusCode(), "another language is another page");
    }

    @Test
    void draftsAndUnknownIdsAnswer404() throws Exception {
        for (String path : List.of("/public/plans/2", "/public/plans/99", "/public/plans/abc", "/public/plans/-1",
                "/public/consultations/12", "/public/consultations/99", "/public/nothing", "/public/consultations/10/receipt/5")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            noSession(r);
            assertFalse(r.body().contains("Utkast til bustadplan"), path);
        }
        for (String path : List.of("/api/v1/public/plans/2", "/api/v1/public/consultations/12", "/api/v1/public/units",
                "/api/v1/public/plans/1/goals")) {
            assertEquals(404, get(path).statusCode(), path);
        }
    }

    @Test
    void aPlanPageShowsItsPublishedDocumentGoalsAndMeasureLightsAsText() throws Exception {
        HttpResponse<String> r = get("/public/plans/1");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<h3>1 Innleiing</h3>"), "chapter heading");
        assertTrue(html.contains("Måltabell"), "live block");
        assertTrue(html.contains("Prognosemodulen er ikkje installert"), "placeholder of a missing block");
        assertFalse(html.contains("<script>alert"), "document text is sanitised");
        assertFalse(html.contains("javascript:"));
        assertTrue(html.contains("Gult: noko forseinka"), "the light in words");
        assertTrue(html.contains("class=\"light light-yellow\""), "and in colour");
        assertTrue(html.contains("Ikkje rapportert"));
        assertTrue(html.contains("2025-T2: </span>Starta i to soner"), "the latest follow-up");
        assertFalse(html.contains(Fakes.DRAFT_TEXT));
        assertTrue(get("/public/plans/3").body().contains("Plandokumentet er ikkje publisert her."), "a draft document is not shown");
    }

    @Test
    void languagesFromQueryOrHeaderAndTheChoiceIsCarriedInLinks() throws Exception {
        String en = get("/public/?lang=en").body();
        assertTrue(en.contains("<html lang=\"en\">"));
        assertTrue(en.contains("href=\"/public/plans/1?lang=en\""), "links keep ?lang=");
        assertTrue(en.contains("Plans in force"));
        String nb = get("/public/plans/1", "Accept-Language", "nb-NO,nb;q=0.9,en;q=0.5").body();
        assertTrue(nb.contains("<html lang=\"nb\">"));
        assertTrue(nb.contains("Gult: noe forsinket"));
        assertTrue(nb.contains("href=\"/public/plans/1?lang=nn\""), "a link to each language");
    }

    @Test
    void theJsonHoldsOnlyPublicFields() throws Exception {
        HttpResponse<String> plans = get("/api/v1/public/plans");
        assertEquals(200, plans.statusCode());
        noSession(plans);
        assertTrue(plans.body().contains("\"municipality\":\"Alver kommune\""));
        assertFalse(plans.body().contains("Utkast til bustadplan"));
        assertEquals("*", plans.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        String plan = get("/api/v1/public/plans/1").body();
        assertTrue(plan.contains("\"lastFollowUp\":\"Starta i to soner, ventar på tilsetjing.\""));
        assertTrue(plan.contains("\"light\":\"yellow\""));
        assertTrue(plan.contains("\"html\":\"<p>Planen gjeld <strong>2024–2035</strong>.</p>"), plan);
        for (String hidden : List.of("responsible", "contact", "reportedBy", "email")) {
            assertFalse(plan.contains("\"" + hidden + "\""), hidden);
        }
        String list = get("/api/v1/public/consultations").body();
        assertTrue(list.indexOf("\"id\":10") < list.indexOf("\"id\":13"), "open first: " + list);
        assertFalse(list.contains("\"id\":12"), "upcoming is not shown");
    }

    @Test
    void aJsonSubmissionAnswers201WithItsNumberAndItsPersonalDataStaysInside() throws Exception {
        String body = "{\"name\":\"Kari Nordmann\",\"email\":\"" + Fakes.SECRET_EMAIL + "\",\"text\":\"Fleire benkar\",\"section\":\"3.2\"}";
        HttpResponse<String> r = post("/api/v1/public/consultations/10/submissions", "application/json", body.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"number\":1"), r.body());
        assertEquals(Fakes.SECRET_EMAIL, consultations.received.get(0).email());
        for (String path : List.of("/api/v1/public/consultations/10", "/api/v1/public/consultations", "/public/consultations/10",
                "/public/consultations/10/receipt/1")) {
            String page = get(path).body();
            assertFalse(page.contains(Fakes.SECRET_EMAIL), path);
            assertFalse(page.contains("Kari Nordmann"), path);
        }
        assertEquals(400, post("/api/v1/public/consultations/11/submissions", "application/json",
                body.getBytes(StandardCharsets.UTF_8)).statusCode(), "closed");
        assertEquals(400, post("/api/v1/public/consultations/10/submissions", "application/json",
                "[1,2]".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertEquals(405, post("/api/v1/public/plans", "application/json", body.getBytes(StandardCharsets.UTF_8)).statusCode());
    }

    @Test
    void theFormTakesAPdfAndRedirectsToAReceiptWithTheNumber() throws Exception {
        Multipart form = new Multipart().field("name", "Per").field("text", "Innspel med vedlegg").field("publishName", "on")
                .file("attachment", "innspel.pdf", "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> r = post("/public/consultations/10/submissions", form.contentType(), form.bytes());
        assertEquals(303, r.statusCode(), r.body());
        noSession(r);
        String receipt = r.headers().firstValue("Location").orElseThrow();
        assertEquals("/public/consultations/10/receipt/1", receipt);
        String page = get(receipt).body();
        assertTrue(page.contains("id=\"receipt-number\">Innspelsnummer: 1<"), page);
        assertEquals("innspel.pdf", consultations.received.get(0).attachmentName());
        assertTrue(consultations.received.get(0).publishName());
    }

    @Test
    void errorsAreTiedToTheirFieldsAndTheTextIsKept() throws Exception {
        Multipart form = new Multipart().field("name", "").field("text", "Mitt <b>innspel</b>")
                .file("attachment", "x.pdf", "not a pdf".getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> r = post("/public/consultations/10/submissions", form.contentType(), form.bytes());
        assertEquals(400, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("id=\"f-name\" name=\"name\" value=\"\" required aria-invalid=\"true\" aria-describedby=\"f-name-error\""), html);
        assertTrue(html.contains("id=\"f-name-error\">Feil: Skriv namnet ditt.<"));
        assertTrue(html.contains("<a href=\"#f-attachment\">Vedlegget må vere ei PDF-fil.</a>"), "the summary links to the field");
        assertTrue(html.contains("Mitt &lt;b&gt;innspel&lt;/b&gt;</textarea>"), "the text is kept, escaped");
        assertTrue(consultations.received.isEmpty());
    }

    @Test
    void theHoneypotRefusesAndNothingIsStored() throws Exception {
        Multipart form = new Multipart().field("name", "Bot").field("text", "Spam").field("website", "http://spam.example");
        assertEquals(400, post("/public/consultations/10/submissions", form.contentType(), form.bytes()).statusCode());
        assertEquals(400, post("/api/v1/public/consultations/10/submissions", "application/json",
                "{\"name\":\"Bot\",\"text\":\"x\",\"website\":\"y\"}".getBytes(StandardCharsets.UTF_8)).statusCode());
        assertTrue(consultations.received.isEmpty());
    }

    @Test
    void eachAddressMaySendAFewSubmissionsAWindow() throws Exception {
        byte[] body = "name=Kari&text=Hei".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 3; i++) {
            assertEquals(303, post("/public/consultations/10/submissions", "application/x-www-form-urlencoded", body).statusCode());
        }
        HttpResponse<String> r = post("/public/consultations/10/submissions", "application/x-www-form-urlencoded", body);
        assertEquals(429, r.statusCode());
        assertTrue(r.headers().firstValue("Retry-After").isPresent());
        assertEquals(429, post("/api/v1/public/consultations/10/submissions", "application/json",
                "{\"name\":\"K\",\"text\":\"T\"}".getBytes(StandardCharsets.UTF_8)).statusCode(), "the API shares the limit");
        assertEquals(3, consultations.received.size());
    }

    @Test
    void aPublishedAssessmentShowsOnlyConsentedNames() throws Exception {
        String published = get("/public/consultations/11").body();
        assertTrue(published.contains("Merknadshandsaming"));
        assertTrue(published.contains("Eldrerådet"));
        assertTrue(published.contains("Namn ikkje publisert"));
        assertTrue(published.contains("id=\"closed\""), "a closed consultation has no form");
        assertFalse(published.contains("submission-form"));
        String unpublished = get("/public/consultations/13").body() + get("/api/v1/public/consultations/13").body();
        assertFalse(unpublished.contains(Fakes.UNCONSENTED));
        assertFalse(unpublished.contains("Merknadshandsaming</h2>"));
    }

    @Test
    void theOpenConsultationShowsTheConsultedRevisionAndALabelledForm() throws Exception {
        String html = get("/public/consultations/10").body();
        assertTrue(html.contains("Høyringsutkastet."));
        for (String field : List.of("name", "organisation", "email", "section", "text", "publishName", "attachment")) {
            assertTrue(html.contains("<label for=\"f-" + field + "\""), field);
        }
        assertTrue(html.contains("enctype=\"multipart/form-data\""));
        assertTrue(html.contains("class=\"hp\" aria-hidden=\"true\""));
    }

    @Test
    void theStyleSheetCarriesTheCheckedColours() throws Exception {
        HttpResponse<String> css = get("/public/portal.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.body().contains("--brand: #005a8c; --brand-text: #ffffff;"));
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
    }

    /** A multipart/form-data body as a browser sends it. */
    static final class Multipart {
        private final String boundary = "----portal" + System.nanoTime();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart file(String name, String fileName, byte[] bytes) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n");
            out.writeBytes(bytes);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            write("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void write(String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

}
