package vn.edu.taphuan.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVPrinter;
import vn.edu.taphuan.platform.CsvCells;
import vn.edu.taphuan.platform.Messages;
import vn.edu.taphuan.referral.entity.ContactLevel;
import vn.edu.taphuan.referral.entity.ReferralContact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The directory as CSV in the service's convention (platform/CsvCells: UTF-8 with a byte-order mark, {@code ;} between
 * cells), headers in the user's language, in the import's columns: an exported file imports back unchanged (the
 * import reads {@code ;} as well as {@code ,}). Every cell goes through {@link CsvCells#safe}.
 */
@ApplicationScoped
public class ContactExport {
    @Inject
    ReferralDirectory directory;

    @Inject
    Messages messages;

    public byte[] csv(ReferralDirectory.Filter filter) {
        Locale locale = messages.locale();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = CsvCells.printer(out)) {
            printer.printRecord(Arrays.stream(ContactField.values()).map(f -> f.header(locale)).toArray());
            for (ReferralContact c : directory.matching(filter).getResultList()) {
                printer.printRecord(CsvCells.safe(c.kind().key(), level(c.level(), locale), c.ward(),
                        c.school() == null ? null : c.school().code(), c.name(), c.phone().written(), c.address(), c.hours(),
                        c.note(), c.example() ? (english(locale) ? "yes" : "Có") : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The level in a word the import reads back: Trường / Phường/xã / Thành phố, or school / ward / city. */
    static String level(ContactLevel level, Locale locale) {
        return switch (level) {
            case SCHOOL -> english(locale) ? "school" : "Trường";
            case WARD -> english(locale) ? "ward" : "Phường/xã";
            case CITY -> english(locale) ? "city" : "Thành phố";
        };
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }
}
