package no.planverk.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.Test;

/**
 * The distribution tarball as an admin unpacks it (issue 20): one etc/, no stray assembly/etc/ repeating its files
 * (karaf-maven-plugin packed target/classes, which held the overlay a second time, until includeBuildOutputDirectory=false).
 */
public class TarballIT {

    @Test
    public void theTarballHasOneEtcAndNoStrayAssemblyFolder() throws IOException {
        String archive = System.getProperty("planverk.distribution");
        assertTrue("Distribution not found: " + archive + " (the failsafe property planverk.distribution)",
                archive != null && new java.io.File(archive).isFile());
        List<String> names = names(archive);
        assertTrue("no etc/ in " + archive, names.stream().anyMatch(n -> n.matches("[^/]+/etc/org\\.apache\\.felix\\.http\\.cfg")));
        assertEquals(List.of(), names.stream().filter(n -> n.matches("[^/]+/assembly/.*")).toList());
    }

    /** The entry names of a .tar.gz (tar headers: name, size in octal, GNU long names, the POSIX prefix). */
    static List<String> names(String archive) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream file = new FileInputStream(archive); DataInputStream in = new DataInputStream(new GZIPInputStream(file, 1 << 16))) {
            byte[] header = new byte[512];
            String longName = null;
            while (true) {
                try {
                    in.readFully(header);
                } catch (EOFException e) {
                    break;
                }
                String name = text(header, 0, 100);
                if (name.isEmpty()) {
                    break; // the end-of-archive blocks
                }
                long size = Long.parseLong(text(header, 124, 12).trim().isEmpty() ? "0" : text(header, 124, 12).trim(), 8);
                char type = (char) header[156];
                byte[] body = new byte[(int) ((size + 511) / 512 * 512)];
                in.readFully(body);
                if (type == 'L') { // GNU long name: the next entry's name is this body
                    longName = new String(body, 0, (int) size, StandardCharsets.UTF_8).replace("\0", "");
                    continue;
                }
                if (type == 'x' || type == 'g') { // pax extended headers
                    continue;
                }
                String prefix = text(header, 257, 6).equals("ustar") ? text(header, 345, 155) : ""; // POSIX only
                names.add(longName != null ? longName : prefix.isEmpty() ? name : prefix + "/" + name);
                longName = null;
            }
        }
        return names;
    }

    private static String text(byte[] b, int from, int length) {
        int end = from;
        while (end < from + length && b[end] != 0) {
            end++;
        }
        return new String(b, from, end - from, StandardCharsets.UTF_8);
    }
}
