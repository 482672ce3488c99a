package vn.edu.taphuan.reporting.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A zip (an XLSX workbook) copied with every entry dated {@code created}: POI dates the entries the moment it writes
 * them, so a filed report's workbook would differ byte for byte at every download without this.
 */
final class DatedZip {
    private DatedZip() {
    }

    static void copy(byte[] zip, Instant created, OutputStream out) throws IOException {
        ZipOutputStream rezipped = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(created.toEpochMilli());
                rezipped.putNextEntry(copy);
                in.transferTo(rezipped);
                rezipped.closeEntry();
            }
        }
        rezipped.finish();
    }
}
