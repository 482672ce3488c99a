package vn.edu.taphuan;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The capability borders of docs/architecture.md ("Layers and table ownership") as a build failure: capabilities stand in tiers and an
 * import only points down (or sideways inside a tier), no two capabilities import each other (even through a third),
 * and {@code platform} imports none, with no exception. The SQL side of the same border is {@link SqlBordersTest}.
 * Where a lower capability needs an upper one's data (security: the person an account belongs to), it defines an
 * interface the upper one implements ({@code security/control/AccountHolders}).
 */
class ArchitectureTest {
    private static final String ROOT = "vn.edu.taphuan";

    /** Bottom first; capabilities in one tier may use each other as long as no cycle forms. */
    static final List<List<String>> TIERS = List.of(
            List.of("platform"),
            List.of("audit"),
            List.of("security"),
            List.of("directory", "courses", "xapi", "referral"),
            List.of("cmi5"),
            List.of("reporting"),
            List.of("learning"),
            List.of("privacy"),
            List.of("demo"),
            List.of("(root)"));

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void noTwoCapabilitiesDependOnEachOther() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void platformImportsNoCapability() {
        noClasses().that().resideInAPackage(ROOT + ".platform..").should().dependOnClassesThat()
                .resideOutsideOfPackages(ROOT + ".platform..", "java..", "javax..", "jakarta..", "org..", "com..", "fish..")
                .because("platform is the floor every capability stands on (data sources, migrations, problems, words)")
                .check(main);
    }

    @Test
    void capabilitiesOnlyImportDownward() {
        layers().check(main);
    }

    @Test
    void everyCapabilityPackageHasATier() {
        List<String> unplaced = new ArrayList<>();
        main.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0]).distinct()
                .filter(c -> TIERS.stream().noneMatch(t -> t.contains(c))).forEach(unplaced::add);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), unplaced, "capabilities missing from TIERS");
    }

    private static LayeredArchitecture layers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> tier : TIERS) {
            for (String capability : tier) {
                layers = layers.layer(capability).definedBy(capability.equals("(root)") ? ROOT : ROOT + "." + capability + "..");
            }
        }
        List<String> below = new ArrayList<>();
        for (List<String> tier : TIERS) {
            for (String capability : tier) {
                List<String> reachable = new ArrayList<>(below);
                tier.stream().filter(c -> !c.equals(capability)).forEach(reachable::add);
                layers = reachable.isEmpty() ? layers.whereLayer(capability).mayNotAccessAnyLayer()
                        : layers.whereLayer(capability).mayOnlyAccessLayers(reachable.toArray(String[]::new));
            }
            below.addAll(tier);
        }
        return layers;
    }
}
