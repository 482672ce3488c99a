package vn.edu.taphuan.cmi5.control;

import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import vn.edu.taphuan.cmi5.entity.PackageProblem;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a cmi5.xml against the cmi5 course structure XSD (cmi5 §13.2, vendored as {@code cmi5/CourseStructure.xsd}):
 * every error with its line and column, up to {@link PackageProblem.Rejected#LIMIT}. The XML is read with DOCTYPEs
 * refused and nothing external fetched, so a package cannot make the server read files or expand entities.
 */
public final class CourseStructureSchema {
    public static final String NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    private static final Schema SCHEMA = load();

    private CourseStructureSchema() {
    }

    /** The problems of {@code xml} (read as the file {@code file}); empty when it conforms. */
    public static List<PackageProblem> problems(byte[] xml, String file) {
        List<PackageProblem> found = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new Collector(found, file));
            validator.validate(new SAXSource(secureReader(), new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXParseException stop) {
            // a fatal error (not well-formed) or the limit: already collected
            if (found.isEmpty()) {
                found.add(problem(file, stop));
            }
        } catch (SAXException | IOException e) {
            found.add(PackageProblem.at(file, 0, 0, "unreadableXml", String.valueOf(e.getMessage())));
        }
        return found;
    }

    /** A namespace-aware SAX reader that refuses DOCTYPEs and external entities (XXE). */
    static XMLReader secureReader() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setXIncludeAware(false);
            return f.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("No secure SAX parser: " + e.getMessage(), e);
        }
    }

    private static PackageProblem problem(String file, SAXParseException e) {
        return new PackageProblem(file, Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), "schema", List.of(),
                e.getMessage());
    }

    private static Schema load() {
        try (InputStream xsd = CourseStructureSchema.class.getResourceAsStream("/cmi5/CourseStructure.xsd")) {
            SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newSchema(new StreamSource(xsd));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("The vendored cmi5 XSD does not load: " + e.getMessage(), e);
        }
    }

    /** Collects errors; stops the validation at the limit. Warnings are not problems. */
    private record Collector(List<PackageProblem> found, String file) implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not make the structure non-conforming
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            found.add(problem(file, e));
            if (found.size() >= PackageProblem.Rejected.LIMIT) {
                throw e;
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            found.add(problem(file, e));
            throw e;
        }
    }
}
