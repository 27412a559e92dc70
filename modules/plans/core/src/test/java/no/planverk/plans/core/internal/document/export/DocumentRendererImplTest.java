package no.planverk.plans.core.internal.document.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.planverk.plans.api.document.DocumentContent;
import no.planverk.plans.api.document.DocumentFormat;
import no.planverk.plans.api.document.SectionContent;
import no.planverk.plans.api.document.SectionPart;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Renders a document with chapters, nested sections, a table, charts and a placeholder, and reads each format back. */
class DocumentRendererImplTest {

    static final Locale NN = Locale.forLanguageTag("nn-NO");
    final DocumentRendererImpl renderer = new DocumentRendererImpl();
    final DocumentContent doc = SampleDocuments.small();

    @Test
    void htmlIsAStandalonePageWithLinkedContentsAndRealTables() {
        Document html = Jsoup.parse(new String(renderer.render(doc, DocumentFormat.HTML, NN), StandardCharsets.UTF_8));
        assertEquals("nn", html.selectFirst("html").attr("lang"));
        assertTrue(html.title().contains("Kommunedelplan for helse, sosial og omsorg"), html.title());
        assertEquals("Innhald", html.selectFirst("nav.toc #toc-title").text());
        List<Element> links = html.select("nav.toc a");
        assertEquals(5, links.size());
        for (Element a : links) {
            assertTrue(a.attr("href").startsWith("#"), a.outerHtml());
            assertNotNull(html.getElementById(a.attr("href").substring(1)), a.attr("href"));
        }
        assertEquals("1.1 Bakgrunn", html.getElementById("s-1-1").text());
        assertEquals("h2", html.getElementById("s-1-1").tagName());
        assertEquals("h3", html.getElementById("s-1-1-1").tagName());
        assertEquals("h3", html.selectFirst("main h3:contains(Om planarbeidet)").tagName(), "a Markdown h2 in a chapter");
        assertTrue(html.select("script").isEmpty());
        assertTrue(html.select("style").size() == 1 && html.select("link").isEmpty(), "CSS inline, nothing fetched");
        for (Element table : html.select("table")) {
            assertFalse(table.select("thead th[scope=col]").isEmpty(), table.outerHtml());
        }
        Element goals = html.selectFirst("table:has(th:contains(HSO-4.1))");
        assertEquals("Denne planen", goals.selectFirst("tbody tr td:has(.marker)").text());
        assertEquals("farge #f9a825", goals.select("tbody tr").get(1).select("td").last().text(), "colour told in words");
        Element img = html.selectFirst("figure.chart img");
        assertTrue(img.attr("src").startsWith("data:image/png;base64,"));
        assertEquals("Diagram: Årsverk i heimetenesta. Tala står i tabellen under.", img.attr("alt"));
        Element figures = html.selectFirst("table:has(caption:contains(Årsverk i heimetenesta))");
        assertEquals("1 234,5", figures.select("tbody tr").get(0).select("td").get(0).text());
        assertEquals("Bustadtrappa kan ikkje visast: modulen er ikkje installert.", html.selectFirst(".placeholder").text());
        assertEquals("https://www.alver.kommune.no", html.selectFirst("a:contains(kommunen)").attr("href"));
    }

    @Test
    void htmlSpeaksTheCallersLanguage() {
        Document en = Jsoup.parse(new String(renderer.render(doc, DocumentFormat.HTML, Locale.ENGLISH), StandardCharsets.UTF_8));
        assertEquals("en", en.selectFirst("html").attr("lang"));
        assertEquals("Contents", en.selectFirst("#toc-title").text());
        Document nb = Jsoup.parse(new String(renderer.render(doc, DocumentFormat.HTML, Locale.forLanguageTag("nb-NO")),
                StandardCharsets.UTF_8));
        assertEquals("Innhold", nb.selectFirst("#toc-title").text());
    }

    @Test
    void pdfHasTheTitleTheTableAndPageNumbers() throws IOException {
        byte[] pdf = renderer.render(doc, DocumentFormat.PDF, NN);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertTrue(read.getNumberOfPages() >= 4, "cover, contents, two chapters: " + read.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String all = stripper.getText(read);
            assertTrue(all.contains("Kommunedelplan for helse, sosial og omsorg"), all);
            assertTrue(all.contains("HSO-4.1"), all);
            assertTrue(all.contains("Denne planen"), all);
            int pages = read.getNumberOfPages();
            PDFTextStripper page = new PDFTextStripper();
            page.setSortByPosition(true);
            page.setStartPage(3);
            page.setEndPage(3);
            String third = page.getText(read);
            assertTrue(third.contains("Side 3 av " + pages), third);
            assertTrue(third.contains("Alver kommune · Kommunedelplan for helse, sosial og omsorg"), "running header: " + third);
            page.setStartPage(2);
            page.setEndPage(2);
            String contents = page.getText(read);
            assertTrue(contents.contains("Innhald"), contents);
            assertTrue(contents.matches("(?s).*1\\.1 Bakgrunn[ .]*3.*"), "the contents give the page: " + contents);
            page.setStartPage(1);
            page.setEndPage(1);
            String cover = page.getText(read);
            assertTrue(cover.contains("Alver kommune") && !cover.contains("Side 1"), "the title page has no number: " + cover);
            assertNoHostileText(all);
        }
    }

    @Test
    void pdfEmbedsAFontForSamiLettersAndSignsWhenTheServerHasOne() throws IOException {
        assumeTrue(Files.exists(Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
                || Files.exists(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")), "no Liberation or DejaVu font here");
        DocumentContent sami = new DocumentContent("Kárášjoga gielda", "Plan ≥ 80 % → Čáhcesuolu ŋ đ ŧ", "",
                List.of(new SectionContent("1", 1, "Álgu", List.of(new SectionPart.Text("Mål ≤ 2030 – «ok»")))));
        try (PDDocument read = Loader.loadPDF(renderer.render(sami, DocumentFormat.PDF, NN))) {
            String text = new PDFTextStripper().getText(read);
            assertTrue(text.contains("Plan ≥ 80 % → Čáhcesuolu ŋ đ ŧ"), text);
            assertTrue(text.contains("Mål ≤ 2030 – «ok»"), text);
        }
    }

    @Test
    void docxHasHeadingStylesTablesPicturesHeaderAndPageField() throws IOException {
        byte[] docx = renderer.render(doc, DocumentFormat.DOCX, NN);
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals("heading 1", read.getStyles().getStyle("Heading1").getName());
            assertEquals("1 Innleiing", styled(read, "Heading1").get(0));
            assertEquals("2 Mål og tiltak", styled(read, "Heading1").get(1));
            assertEquals(List.of("1.1 Bakgrunn", "2.1 Utvikling"), styled(read, "Heading2"));
            assertEquals(List.of("Om planarbeidet", "1.1.1 Lovverk"), styled(read, "Heading3"), "a Markdown ## in a chapter");
            assertEquals("Kommunedelplan for helse, sosial og omsorg", styled(read, "Title").get(0));
            XWPFTable goals = read.getTables().stream().filter(t -> t.getText().contains("HSO-4.1")).findFirst().orElseThrow();
            assertEquals("Vi skal", goals.getRow(0).getCell(1).getText());
            assertTrue(goals.getRow(0).isRepeatHeader());
            assertEquals("HSO-4.2", goals.getRow(2).getCell(0).getText());
            assertEquals("\u25a0 Denne planen", goals.getRow(1).getCell(3).getText());
            var policy = read.getHeaderFooterPolicy();
            assertEquals("Alver kommune · Kommunedelplan for helse, sosial og omsorg", policy.getDefaultHeader().getText().strip());
            assertTrue(policy.getDefaultFooter().getText().startsWith("Side"), policy.getDefaultFooter().getText());
            assertTrue(policy.getDefaultFooter()._getHdrFtr().xmlText().contains("w:instr=\"PAGE\""), "page number field");
            assertEquals("", policy.getFirstPageHeader().getText().strip(), "the title page has no header");
            assertEquals(List.of("1.1 Bakgrunn", "2.1 Utvikling"), styled(read, "TOC2"), "contents entries");
            assertEquals(2, read.getAllPictures().size(), "two charts");
            assertTrue(read.getHyperlinks().length >= 1);
            for (var link : read.getHyperlinks()) {
                assertTrue(link.getURL().startsWith("https://"), link.getURL());
            }
            String text = new XWPFWordExtractor(read).getText();
            assertTrue(text.contains("Bustadtrappa kan ikkje visast"), text);
            assertNoHostileText(text);
        }
        String xml = entry(docx, "word/document.xml");
        assertTrue(xml.contains("TOC \\o &quot;1-4&quot;") || xml.contains("TOC \\o \"1-4\""), "a TOC field");
        assertTrue(xml.contains("Diagram: Årsverk i heimetenesta."), "alt text on the picture");
        assertTrue(xml.contains("<w:numPr>"), "lists are Word lists");
        assertNoHostileText(xml);
    }

    @Test
    void aDocumentWithMissingPartsStillExports() throws IOException {
        DocumentContent bare = new DocumentContent(null, "Tom plan", null, List.of(new SectionContent(null, 0, null,
                List.of(new SectionPart.Text(null), new SectionPart.Block(new no.planverk.plans.api.document.BlockRef("x", null),
                        new no.planverk.plans.api.document.BlockContent(null, null, null, null), null)))));
        for (DocumentFormat format : DocumentFormat.values()) {
            assertTrue(renderer.render(bare, format, null).length > 0, format.name());
        }
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(renderer.render(bare, DocumentFormat.DOCX, NN)))) {
            assertEquals("· Tom plan", read.getHeaderFooterPolicy().getDefaultHeader().getText().strip());
            assertFalse(new XWPFWordExtractor(read).getText().contains("null"));
        }
        assertFalse(new String(renderer.render(bare, DocumentFormat.HTML, NN), StandardCharsets.UTF_8).contains("null"));
    }

    @Test
    void hostileMarkdownReachesNoFormat() {
        String html = new String(renderer.render(doc, DocumentFormat.HTML, NN), StandardCharsets.UTF_8);
        assertNoHostileText(html);
        Document page = Jsoup.parse(html);
        assertTrue(page.select("script, iframe, [onerror], [href^=javascript]").isEmpty());
        assertTrue(page.text().contains("klikk her og slutt."), page.text());
        assertTrue(page.select("a[href]:contains(klikk her)").isEmpty(), "the unsafe link leads nowhere");
    }

    /** No tag, event handler, javascript: target or frame of the hostile text (the words inside script stay inert text). */
    private static void assertNoHostileText(String text) {
        for (String bad : List.of("<script", "script>", "javascript", "onerror", "alert(1)", "alert(2)", "iframe", "evil.example")) {
            assertFalse(text.toLowerCase(Locale.ROOT).contains(bad), bad);
        }
    }

    private static List<String> styled(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static String entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError("no " + name);
    }
}
