package vn.edu.taphuan.referral.control;

import vn.edu.taphuan.directory.control.ImportFile;
import vn.edu.taphuan.directory.control.ImportProblems;
import vn.edu.taphuan.directory.control.ImportValues;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where each column of a contacts file is. The header row is found as for the roster
 * ({@link ImportFile#headerAt}: a title above the table is skipped). Unknown or repeated headers and missing required
 * columns (kind, name, phone) are problems of the header row.
 */
record ContactHeader(ImportFile.Row header, Map<ContactField, Integer> index, List<ImportFile.Row> data) {
    static final List<ContactField> REQUIRED = List.of(ContactField.KIND, ContactField.NAME, ContactField.PHONE);

    static Optional<ContactHeader> resolve(List<ImportFile.Row> rows, ImportProblems problems) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int at = ImportFile.headerAt(rows, c -> ContactField.ofHeader(c).isPresent());
        ImportFile.Row header = rows.get(at);
        Map<ContactField, Integer> index = new EnumMap<>(ContactField.class);
        int before = problems.count();
        for (int c = 0; c < header.cells().length; c++) {
            String text = ImportValues.clean(header.cell(c));
            if (text.isEmpty() || ContactField.IGNORED.contains(ContactField.key(text))) {
                continue;
            }
            Optional<ContactField> field = ContactField.ofHeader(text);
            if (field.isEmpty()) {
                problems.add(header.number(), text, text, "contact.header.unknown", allHeaders());
            } else if (index.containsKey(field.get())) {
                problems.add(header.number(), text, text, "import.header.duplicate", text, index.get(field.get()) + 1, c + 1);
            } else {
                index.put(field.get(), c);
            }
        }
        for (ContactField required : REQUIRED) {
            if (!index.containsKey(required)) {
                problems.add(header.number(), required.bothHeaders(), null, "import.header.missing", required.bothHeaders());
            }
        }
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new ContactHeader(header, index, rows.subList(at + 1, rows.size())));
    }

    static String allHeaders() {
        return Arrays.stream(ContactField.values()).map(ContactField::bothHeaders).collect(Collectors.joining("; "));
    }

    int row() {
        return header.number();
    }

    /** The row's values by field; columns left out are absent. */
    Map<ContactField, String> values(ImportFile.Row r) {
        Map<ContactField, String> v = new EnumMap<>(ContactField.class);
        index.forEach((f, c) -> v.put(f, r.cell(c)));
        return v;
    }

    /** The column's header as the file writes it (for problems), or the template's when the column is absent. */
    String headerOf(ContactField field) {
        Integer c = index.get(field);
        return c == null ? field.bothHeaders() : ImportValues.clean(header.cell(c));
    }
}
