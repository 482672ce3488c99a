package vn.edu.taphuan.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The service under test: the WAR Maven just built (not a hand-picked class list), deployed at the context root
 * by Arquillian on a fresh Payara Micro with an in-memory Derby and the demo district.
 */
public final class Service {
    public static final String ADMIN = "admin";
    public static final String PRINCIPAL = "hieutruong";
    public static final String PRINCIPAL_SCHOOL = "THCS01";
    public static final String STAFF = "GV00002";
    public static final String DEMO_PASSWORD = "demo-2024";

    private Service() {
    }

    public static WebArchive war() {
        File war = new File(System.getProperty("taphuan.war", "target/taphuan.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
