package vn.edu.taphuan.platform;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeploymentSettingsTest {

    @Test
    void aBaseIriMustBeAnAbsoluteWebAddressEndingInASlash() {
        for (String good : List.of("https://taphuan.example.gov.vn/", "http://localhost:8080/", "https://example.org/taphuan/")) {
            assertTrue(DeploymentSettings.baseIriProblem(good).isEmpty(), good);
        }
        for (String bad : List.of("", "taphuan.example.gov.vn/", "https://taphuan.example.gov.vn", "ftp://example.org/",
                "https://example.org/      # the public address", "https:///x/", "https://example.org/?a=1/", "/relative/")) {
            String problem = DeploymentSettings.baseIriProblem(bad).orElse("");
            assertTrue(problem.contains("taphuan.base.iri") && problem.contains("TAPHUAN_BASE_IRI"), bad + ": " + problem);
        }
        assertFalse(DeploymentSettings.baseIriProblem("https://x.example/ ").isEmpty(), "trailing blank");
    }

    @Test
    void aDatabasePortMustBeANumberExceptForEmbeddedDerby() {
        String pg = "org.postgresql.ds.PGSimpleDataSource";
        assertTrue(DeploymentSettings.portProblem(pg, "5432").isEmpty());
        assertTrue(DeploymentSettings.portProblem("org.apache.derby.jdbc.EmbeddedDataSource", "").isEmpty());
        for (String bad : List.of("", "5432  TAPHUAN_DB_NAME=taphuan", "0", "70000", "postgres")) {
            assertTrue(DeploymentSettings.portProblem(pg, bad).orElse("").contains("TAPHUAN_DB_PORT"), bad);
        }
    }
}
