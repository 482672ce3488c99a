package vn.edu.taphuan.cmi5.control;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;
import vn.edu.taphuan.cmi5.entity.AssignableUnit;
import vn.edu.taphuan.cmi5.entity.Block;
import vn.edu.taphuan.cmi5.entity.CourseStructure;
import vn.edu.taphuan.cmi5.entity.MoveOn;
import vn.edu.taphuan.cmi5.entity.PackageProblem;
import vn.edu.taphuan.cmi5.entity.Title;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads a cmi5.xml into a {@link CourseStructure}: first the XSD ({@link CourseStructureSchema}), then the rules the
 * XSD cannot say, each problem with its line: course, block and AU ids are absolute IRIs (cmi5 §3.0: "IRI's in this
 * spec MUST be fully qualified"), AU ids are unique (§13.1.4), a masteryScore has at most 4 decimals (§13.1.4), a
 * bare cmi5.xml has only absolute AU URLs (§14.2) and a zip's relative URLs name files of the zip (§14.1). Leading
 * and trailing whitespace of every value is removed (§13.1). Vendor extensions in other namespaces are ignored (§13.1.5).
 */
public final class CourseStructureReader {
    static final int MAX_IRI = 2048;
    static final int MAX_PARAMETERS = 8000;

    private CourseStructureReader() {
    }

    /**
     * The structure of {@code xml}; {@code packageFile} tells whether a relative AU URL names a file of the package
     * (null: a bare cmi5.xml, where every URL must be absolute). Throws {@link PackageProblem.Rejected} with every
     * problem found.
     */
    public static CourseStructure read(byte[] xml, String file, Predicate<String> packageFile) {
        List<PackageProblem> problems = CourseStructureSchema.problems(xml, file);
        if (!problems.isEmpty()) {
            throw new PackageProblem.Rejected(problems);
        }
        Builder b = new Builder(file, packageFile);
        try {
            XMLReader reader = CourseStructureSchema.secureReader();
            reader.setContentHandler(b);
            reader.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (SAXException | IOException e) {
            throw new PackageProblem.Rejected(PackageProblem.at(file, 0, 0, "unreadableXml", String.valueOf(e.getMessage())));
        }
        if (!b.problems.isEmpty()) {
            throw new PackageProblem.Rejected(b.problems.subList(0, Math.min(b.problems.size(), PackageProblem.Rejected.LIMIT)));
        }
        return new CourseStructure(b.courseIri, b.courseTitle, b.blocks, b.aus);
    }

    /** Builds the structure from a valid document, element by element, noting the line of each. */
    private static final class Builder extends DefaultHandler {
        private final String file;
        private final Predicate<String> packageFile;
        private final List<PackageProblem> problems = new ArrayList<>();
        private final List<Block> blocks = new ArrayList<>();
        private final List<AssignableUnit> aus = new ArrayList<>();
        private final Deque<String> path = new ArrayDeque<>();
        private final Deque<Integer> openBlocks = new ArrayDeque<>();
        private final Map<String, Integer> auIds = new LinkedHashMap<>();
        private Locator locator;
        private String courseIri;
        private Title courseTitle;
        private Map<String, String> title = new LinkedHashMap<>();
        private String lang;
        private final StringBuilder text = new StringBuilder();
        private Attributes au;
        private Title auTitle;
        private int auLine;
        private String url;
        private String launchParameters;
        private String entitlementKey;

        Builder(String file, Predicate<String> packageFile) {
            this.file = file;
            this.packageFile = packageFile;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes atts) {
            boolean ours = CourseStructureSchema.NAMESPACE.equals(uri);
            String parent = path.peek();
            path.push(ours ? local : "#other");
            text.setLength(0);
            if (!ours) {
                return;
            }
            switch (local) {
                case "course" -> courseIri = iri(atts.getValue("id"), "course", locator.getLineNumber());
                case "block" -> {
                    blocks.add(new Block(blocks.size() + 1, iri(atts.getValue("id"), "block", locator.getLineNumber()), openBlocks.peek(), null));
                    openBlocks.push(blocks.size());
                }
                case "au" -> {
                    au = new AttributesImpl(atts);
                    auLine = locator.getLineNumber();
                    url = null;
                    launchParameters = null;
                    entitlementKey = null;
                }
                case "title" -> title = isTitled(parent) ? new LinkedHashMap<>() : null;
                case "langstring" -> lang = atts.getValue("lang") == null ? "" : atts.getValue("lang").strip();
                default -> {
                    // description, objectives and the rest carry nothing the LMS keeps
                }
            }
        }

        private static boolean isTitled(String parent) {
            return "course".equals(parent) || "block".equals(parent) || "au".equals(parent);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            path.pop();
            if (!CourseStructureSchema.NAMESPACE.equals(uri)) {
                return;
            }
            String value = text.toString().strip();
            switch (local) {
                case "langstring" -> {
                    if (title != null && "title".equals(path.peek())) {
                        title.putIfAbsent(lang, value);
                    }
                }
                case "title" -> titled(path.peek());
                case "url" -> url = value;
                case "launchParameters" -> launchParameters = value;
                case "entitlementKey" -> entitlementKey = value;
                case "au" -> aus.add(assignableUnit());
                case "block" -> openBlocks.pop();
                default -> {
                    // nothing kept
                }
            }
            text.setLength(0);
        }

        private void titled(String owner) {
            if (title == null) {
                return;
            }
            Title t = Title.of(title);
            if ("course".equals(owner)) {
                courseTitle = t;
            } else if ("block".equals(owner)) {
                Block open = blocks.get(openBlocks.peek() - 1);
                blocks.set(open.blockNo() - 1, new Block(open.blockNo(), open.iri(), open.parentNo(), t));
            } else if ("au".equals(owner)) {
                auTitle = t;
            }
            title = null;
        }

        private AssignableUnit assignableUnit() {
            int no = aus.size() + 1;
            String id = iri(au.getValue("id"), "au", auLine);
            Integer earlier = auIds.putIfAbsent(id, auLine);
            if (earlier != null) {
                problems.add(PackageProblem.at(file, auLine, 0, "duplicateAu", id, earlier));
            }
            String move = au.getValue("moveOn");
            String mastery = au.getValue("masteryScore");
            BigDecimal score = mastery == null ? null : new BigDecimal(mastery.strip());
            if (score != null && score.stripTrailingZeros().scale() > 4) {
                problems.add(PackageProblem.at(file, auLine, 0, "masteryScorePrecision", mastery));
            }
            checkUrl();
            if (launchParameters != null && launchParameters.length() > MAX_PARAMETERS) {
                problems.add(PackageProblem.at(file, auLine, 0, "tooLong", "launchParameters", MAX_PARAMETERS));
            }
            String method = au.getValue("launchMethod");
            return new AssignableUnit(no, id, openBlocks.peek(), auTitle, url, method == null ? "AnyWindow" : method.strip(),
                    move == null ? MoveOn.NOT_APPLICABLE : MoveOn.of(move.strip()), score, launchParameters,
                    entitlementKey == null || entitlementKey.length() <= MAX_IRI ? entitlementKey : entitlementKey.substring(0, MAX_IRI));
        }

        private void checkUrl() {
            if (url.length() > MAX_IRI) {
                problems.add(PackageProblem.at(file, auLine, 0, "tooLong", "url", MAX_IRI));
            } else if (AssignableUnit.isAbsolute(url)) {
                return;
            } else if (packageFile == null) {
                problems.add(PackageProblem.at(file, auLine, 0, "relativeUrlWithoutZip", url));
            } else if (!packageFile.test(url.replaceFirst("[?#].*$", ""))) {
                problems.add(PackageProblem.at(file, auLine, 0, "missingFile", url));
            }
        }

        /** The stripped IRI of an id attribute; a problem when it is relative or too long for our columns. */
        private String iri(String raw, String element, int line) {
            String value = raw == null ? "" : raw.strip();
            if (!AssignableUnit.isAbsolute(value)) {
                problems.add(PackageProblem.at(file, line, 0, "relativeIri", element, value));
            } else if (value.length() > MAX_IRI) {
                problems.add(PackageProblem.at(file, line, 0, "tooLong", element + "@id", MAX_IRI));
            }
            return value;
        }
    }
}
