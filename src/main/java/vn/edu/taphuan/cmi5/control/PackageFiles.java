package vn.edu.taphuan.cmi5.control;

import vn.edu.taphuan.cmi5.entity.PackageProblem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The files of a cmi5 package as it came: a zip (Zip32 or Zip64, cmi5 §14.0) with {@code cmi5.xml} at its root
 * (§14.1), or a bare cmi5.xml (§14.2). Paths are kept as in the zip, with "/" separators; a path that climbs out
 * ("..") or is absolute is refused, although the files only ever go to the database, so that a served path always
 * means the same file.
 */
public record PackageFiles(boolean zipped, Map<String, byte[]> files) {
    public static final String STRUCTURE = "cmi5.xml";

    /** Reads the upload; {@code maxBytes} caps the unpacked total (a zip bomb stops there, 413). */
    public static PackageFiles of(byte[] upload, long maxBytes) {
        if (!isZip(upload)) {
            return new PackageFiles(false, Map.of(STRUCTURE, upload));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory()) {
                    continue;
                }
                String path = e.getName().replace('\\', '/');
                if (path.startsWith("/") || path.matches("(?s)(.*/)?\\.\\.(/.*)?") || path.length() > 1024) {
                    throw new PackageProblem.Rejected(PackageProblem.at(path, 0, 0, "badPath", path));
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes - total + 1));
                total += content.length;
                if (total > maxBytes) {
                    throw new TooBig(maxBytes);
                }
                files.put(path, content);
            }
        } catch (ZipException e) {
            throw new PackageProblem.Rejected(PackageProblem.at("", 0, 0, "badZip", String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new PackageProblem.Rejected(PackageProblem.at("", 0, 0, "badZip", String.valueOf(e.getMessage())));
        }
        if (!files.containsKey(STRUCTURE)) {
            throw new PackageProblem.Rejected(PackageProblem.at("", 0, 0, "noStructure"));
        }
        return new PackageFiles(true, files);
    }

    public byte[] structure() {
        return files.get(STRUCTURE);
    }

    /** Whether a relative AU URL's path (percent-escapes decoded) names a file of the package. */
    public boolean has(String relativePath) {
        String path = relativePath.startsWith("./") ? relativePath.substring(2) : relativePath;
        try {
            path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return false;
        }
        return zipped && files.containsKey(path);
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5) && (b[3] == 4 || b[3] == 6);
    }

    /** The Content-Type a file is served with, by its extension; unknown ones as bytes. */
    public static String contentType(String path) {
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "html", "htm" -> "text/html; charset=UTF-8";
            case "js", "mjs" -> "text/javascript; charset=UTF-8";
            case "css" -> "text/css; charset=UTF-8";
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            case "txt" -> "text/plain; charset=UTF-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            case "gif" -> "image/gif";
            case "webp" -> "image/webp";
            case "mp3" -> "audio/mpeg";
            case "mp4" -> "video/mp4";
            case "webm" -> "video/webm";
            case "woff" -> "font/woff";
            case "woff2" -> "font/woff2";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }

    /** The package unpacks to more than the limit. */
    public static final class TooBig extends RuntimeException {
        private final long limit;

        public TooBig(long limit) {
            super("cmi5 package over " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
