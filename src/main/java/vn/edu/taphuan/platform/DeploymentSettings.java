package vn.edu.taphuan.platform;

import org.eclipse.microprofile.config.Config;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The settings a wrong value of would silently damage data, checked before the service does anything: a base IRI that
 * is not an absolute http(s) IRI ending in "/", a database port that is not a number, and a base IRI other than the one
 * the database recorded at its first start (it is in every stored statement). A start with such a setting is refused
 * with a message naming the setting (docs/operations.md, "Configuration that is checked").
 */
final class DeploymentSettings {
    private static final Logger LOG = Logger.getLogger(DeploymentSettings.class.getName());
    static final String BASE_IRI = "taphuan.base.iri";
    /** One-time, explicit: the recorded base IRI this start may replace (then the new one is recorded). */
    static final String BASE_IRI_REPLACES = "taphuan.base.iri.replaces";

    private DeploymentSettings() {
    }

    /** What is wrong with the settings, one message per setting; empty when all are well formed. */
    static List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        baseIriProblem(config.getOptionalValue(BASE_IRI, String.class).orElse("")).ifPresent(problems::add);
        String dbClass = config.getOptionalValue("taphuan.db.class", String.class).orElse("");
        portProblem(dbClass, config.getOptionalValue("taphuan.db.port", String.class).orElse("")).ifPresent(problems::add);
        return problems;
    }

    /** Embedded Derby has no port; any other database needs a number from 1 to 65535. */
    static Optional<String> portProblem(String dbClass, String port) {
        boolean ok = dbClass.toLowerCase(java.util.Locale.ROOT).contains("derby")
                || port.matches("\\d{1,5}") && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535;
        return ok ? Optional.empty()
                : Optional.of("taphuan.db.port (TAPHUAN_DB_PORT) must be a port number such as 5432; it is \"" + port + "\"");
    }

    static Optional<String> baseIriProblem(String iri) {
        String problem = "taphuan.base.iri (TAPHUAN_BASE_IRI) must be an absolute http:// or https:// address ending in \"/\", "
                + "such as https://taphuan.example.gov.vn/; it is \"" + iri + "\"";
        try {
            URI uri = new URI(iri);
            boolean web = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
            boolean ok = web && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawPath() != null && uri.getRawPath().endsWith("/") && iri.equals(iri.strip());
            return ok ? Optional.empty() : Optional.of(problem);
        } catch (URISyntaxException e) {
            return Optional.of(problem);
        }
    }

    /**
     * Records the base IRI at the first start, or compares it with the recorded one. Runs in the migrations'
     * transaction, after the table lock, so two instances starting together record it once.
     */
    static void checkRecordedBaseIri(Connection c, Config config) throws SQLException {
        String configured = config.getValue(BASE_IRI, String.class);
        Optional<String> recorded = recorded(c);
        if (recorded.isEmpty()) {
            write(c, "INSERT INTO deployment_setting (setting, name, recorded_at) VALUES (?, ?, CURRENT_TIMESTAMP)", configured);
            LOG.info(() -> "Recorded the base IRI of this deployment: " + configured);
        } else if (!recorded.get().equals(configured)) {
            Optional<String> replaces = config.getOptionalValue(BASE_IRI_REPLACES, String.class);
            if (replaces.isPresent() && replaces.get().equals(recorded.get())) {
                write(c, "UPDATE deployment_setting SET setting = ?, recorded_at = CURRENT_TIMESTAMP WHERE name = ?", configured);
                LOG.warning(() -> "The base IRI changed from " + recorded.get() + " to " + configured + " ("
                        + BASE_IRI_REPLACES + "); statements stored before keep the old one. Remove that setting now.");
            } else {
                throw new IllegalStateException("taphuan.base.iri (TAPHUAN_BASE_IRI) is " + configured + " but this database "
                        + "was started with " + recorded.get() + ", which is in every stored statement. Set it back; to change "
                        + "it on purpose, start once with " + BASE_IRI_REPLACES + "=" + recorded.get() + " (docs/operations.md).");
            }
        }
    }

    private static Optional<String> recorded(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT setting FROM deployment_setting WHERE name = ?")) {
            p.setString(1, BASE_IRI);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static void write(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            p.setString(2, BASE_IRI);
            p.executeUpdate();
        }
    }
}
