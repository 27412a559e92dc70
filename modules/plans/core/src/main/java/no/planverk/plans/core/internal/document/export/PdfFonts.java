package no.planverk.plans.core.internal.document.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The TrueType fonts the PDF embeds (subset) when the server has them: Liberation Sans, then DejaVu Sans, the fonts
 * Debian's fontconfig gives AWT (the charts need one of them anyway). They write what the PDF's 14 standard fonts cannot
 * (Sami letters, ≥, →); without them the PDF falls back to Helvetica and such characters become '#'.
 */
final class PdfFonts {

    /** The CSS font family of the PDF's text: the embedded fonts first, Helvetica last. */
    static final String FAMILY = "'Liberation Sans', 'DejaVu Sans', sans-serif";

    private record Face(String family, String file, int weight, FontStyle style) {
    }

    private static final List<Path> DIRS = List.of(Path.of("/usr/share/fonts/truetype/liberation"),
            Path.of("/usr/share/fonts/truetype/liberation2"), Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/liberation-sans"), Path.of("/usr/share/fonts/dejavu"));
    private static final List<Face> FACES = List.of(
            new Face("Liberation Sans", "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("Liberation Sans", "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("Liberation Sans", "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("Liberation Sans", "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC),
            new Face("DejaVu Sans", "DejaVuSans.ttf", 400, FontStyle.NORMAL),
            new Face("DejaVu Sans", "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("DejaVu Sans", "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            new Face("DejaVu Sans", "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    private PdfFonts() {
    }

    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            for (Path dir : DIRS) {
                Path file = dir.resolve(face.file());
                if (Files.isReadable(file)) {
                    builder.useFont(file.toFile(), face.family(), face.weight(), face.style(), true);
                    break;
                }
            }
        }
    }
}
