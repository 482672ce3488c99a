package vn.edu.taphuan.reporting.control;

import java.io.InputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A zip (an XLSX workbook) copied with every entry dated {@code created}: POI dates the entries the moment it writes
 * them, so a filed report's workbook would differ byte for byte at every download without this.
 */
final class DatedZip {
    private DatedZip() {
    }

    static void copy(byte[] zip, Instant created, OutputStream out) throws IOException {
        // read through the central directory: a streamed workbook (SXSSF) writes sizes after the data, which
        // ZipInputStream cannot follow for every entry ("invalid entry size")
        Path file = Files.createTempFile("taphuan-dated", ".zip");
        try {
            Files.write(file, zip);
            ZipOutputStream rezipped = new ZipOutputStream(out);
            try (ZipFile in = new ZipFile(file.toFile())) {
                for (ZipEntry e : Collections.list(in.entries())) {
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTime(created.toEpochMilli());
                    rezipped.putNextEntry(copy);
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(rezipped);
                    }
                    rezipped.closeEntry();
                }
            }
            rezipped.finish();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
