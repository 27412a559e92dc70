package no.planverk.plans.core.internal.document.export;

/** The inline CSS of the HTML page, and for print (PDF) the A4 page with running header and page numbers. */
final class PageStyle {

    private static final String COMMON = """
            body { font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.45;
              color: #1a1a1a; background: #ffffff; }
            h1, h2, h3, h4, h5, h6 { color: #0b3d62; line-height: 1.25; margin: 1.2em 0 0.4em; }
            h1 { font-size: 20pt; } h2 { font-size: 16pt; } h3 { font-size: 13.5pt; } h4, h5, h6 { font-size: 12pt; }
            .num { font-weight: bold; }
            a { color: #0b5394; text-decoration: underline; }
            .cover .municipality { font-size: 14pt; margin: 0; }
            .cover .doc-title { font-size: 26pt; font-weight: bold; color: #0b3d62; margin: 0.3em 0; }
            .cover .subtitle { font-size: 14pt; margin: 0; }
            .toc-title { font-size: 16pt; font-weight: bold; color: #0b3d62; }
            .toc ol { list-style: none; padding-left: 1.2em; margin: 0; }
            .toc > ol { padding-left: 0; }
            .toc li { margin: 0.15em 0; }
            table { border-collapse: collapse; margin: 0.6em 0 1em; width: 100%; font-size: 9.5pt; }
            caption { text-align: left; font-weight: bold; padding: 0.2em 0; }
            th, td { border: 1px solid #8c8c8c; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
            thead th { background: #dfe8f1; }
            tbody th { font-weight: normal; }
            .marker { display: inline-block; width: 0.8em; height: 0.8em; border: 1px solid #1a1a1a; vertical-align: middle; }
            .block { margin: 1em 0; }
            .block-title { font-weight: bold; margin: 0.4em 0; }
            .note { font-size: 9pt; color: #4d4d4d; }
            .placeholder { border: 1px dashed #8c8c8c; padding: 0.6em; color: #4d4d4d; }
            figure.chart { margin: 0.6em 0; }
            figure.chart img { max-width: 100%; height: auto; }
            figcaption { font-size: 9.5pt; font-weight: bold; }
            pre, code { font-family: 'Liberation Mono', 'Courier New', monospace; font-size: 9.5pt; }
            blockquote { border-left: 3px solid #8c8c8c; margin-left: 0; padding-left: 1em; }
            """;

    private static final String SCREEN = """
            body { max-width: 52em; margin: 0 auto; padding: 1em 1.5em 3em; }
            .cover { border-bottom: 2px solid #0b3d62; padding-bottom: 1em; margin-bottom: 1em; }
            """;

    private PageStyle() {
    }

    static String css(boolean print, ExportTexts texts) {
        if (!print) {
            return COMMON + SCREEN;
        }
        return COMMON + """
                body { font-family: %s; margin: 0; }
                @page { size: A4; margin: 22mm 18mm 20mm 18mm;
                  @top-center { content: element(running); }
                  @bottom-center { content: "%s " counter(page) " %s " counter(pages); font-family: %s;
                    font-size: 9pt; color: #4d4d4d; } }
                @page:first { @top-center { content: none; } @bottom-center { content: none; } }
                .running { position: running(running); font-size: 9pt; color: #4d4d4d; text-align: center; }
                .cover { page-break-after: always; padding-top: 60mm; }
                .toc { page-break-after: always; }
                .toc a { text-decoration: none; color: #1a1a1a; }
                .toc a::after { content: leader('.') target-counter(attr(href), page); }
                h1 { page-break-before: always; }
                h1, h2, h3, h4, h5, h6 { page-break-after: avoid; }
                table { -fs-table-paginate: paginate; table-layout: fixed; }
                th, td { word-wrap: break-word; }
                tr, figure { page-break-inside: avoid; }
                figure.chart img { width: 160mm; height: 80mm; }
                """.formatted(PdfFonts.FAMILY, cssString(texts.get("plans.document.export.page")),
                cssString(texts.get("plans.document.export.pageOf")), PdfFonts.FAMILY);
    }

    /** A text safe inside a CSS string in double quotes. */
    private static String cssString(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }
}
