package no.planverk.forecasting.core.internal.io;

import java.io.IOException;
import java.io.InputStream;

/** The SSB-shaped files in src/test/resources/ssb (see its README), for tests here and in the ui module (core's test-jar). */
public final class SsbFiles {

    private SsbFiles() {
    }

    public static byte[] file(String name) {
        try (InputStream in = SsbFiles.class.getResourceAsStream("/ssb/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test file ssb/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
