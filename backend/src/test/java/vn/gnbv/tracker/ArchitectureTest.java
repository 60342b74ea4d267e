package vn.gnbv.tracker;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assertions;

/**
 * The package map (README, Architecture) as rules over the compiled main classes: features form no cycle, each uses
 * only the layers below it, {@code common} uses no feature, {@code ingest} only common, geo, security and audit, and
 * resources reach the database only through services; and one class writes the audit trail.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String ROOT = "vn.gnbv.tracker";

    /** Bottom up: a feature may use the features of lower layers, never one beside it or above it. */
    static final List<List<String>> LAYERS = List.of(
            List.of("common"),
            List.of("geo"),
            List.of("security"),
            List.of("audit"),
            List.of("ingest"),
            List.of("program"),
            List.of("report"),
            List.of("finding"),
            List.of("funding", "indicator", "localproject"),
            // Sign-off and locks (reads figures and findings, explains upload refusals through ingest's SPI), and
            // reading a report's file into proposed figures: side by side, neither uses the other.
            List.of("approval", "extract"),
            // The annexes and the drafted report: state the sign-off of the figures they export. Beside them, reading a
            // report's file through extract into proposals reviewed and committed as uploads (report, ingest).
            List.of("export", "reading"),
            List.of("catalog"));

    /**
     * The generic upload engine knows no feature whose table it loads: datasets describe themselves through its SPI.
     * It scopes, locks and audits by administrative unit, so geo is among what it may use.
     */
    static final Set<String> INGEST_MAY_USE = Set.of("common", "geo", "security", "audit");

    private static DescribedPredicate<JavaClass> feature(String name) {
        return resideInAPackage(ROOT + "." + name + "..");
    }

    @ArchTest
    static final ArchRule featuresFormNoCycle =
            slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule commonUsesNoFeature = noClasses()
            .that(feature("common"))
            .should()
            .dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(feature("common"))));

    @ArchTest
    static final ArchRule ingestUsesOnlyCommonSecurityAndAudit = noClasses()
            .that(feature("ingest"))
            .should()
            .dependOnClassesThat(resideInAPackage(ROOT + "..")
                    .and(not(feature("ingest")))
                    .and(not(resideInAnyPackage(INGEST_MAY_USE.stream()
                            .map(f -> ROOT + "." + f + "..")
                            .toArray(String[]::new)))));

    @ArchTest
    static final ArchRule resourcesReachTheDatabaseOnlyThroughServices = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .dependOnClassesThat(simpleNameEndingWith("Repository")
                    .or(assignableTo(PanacheRepositoryBase.class))
                    .or(assignableTo(EntityManager.class))
                    .or(assignableTo(DataSource.class))
                    .or(resideInAnyPackage("java.sql..", "javax.sql..")));

    @ArchTest
    static void eachFeatureUsesOnlyTheLayersBelowIt(JavaClasses classes) {
        List<ArchRule> rules = new ArrayList<>();
        for (int layer = 0; layer < LAYERS.size(); layer++) {
            List<String> notBelow = new ArrayList<>();
            LAYERS.subList(layer, LAYERS.size()).forEach(notBelow::addAll);
            for (String f : LAYERS.get(layer)) {
                String[] forbidden = notBelow.stream()
                        .filter(other -> !other.equals(f))
                        .map(other -> ROOT + "." + other + "..")
                        .toArray(String[]::new);
                DescribedPredicate<JavaClass> target = resideInAnyPackage(forbidden);
                rules.add(noClasses()
                        .that(feature(f))
                        .should()
                        .dependOnClassesThat(target)
                        .as(f + " uses only " + (layer == 0 ? "no feature" : "the layers below it")));
            }
        }
        CompositeArchRule.of(rules).check(classes);
    }

    @ArchTest
    static void everyFeatureHasAPlaceInTheMap(JavaClasses classes) {
        Set<String> placed = new TreeSet<>();
        LAYERS.forEach(placed::addAll);
        Set<String> found = new TreeSet<>();
        for (JavaClass c : classes) {
            String rest = c.getPackageName().substring(ROOT.length());
            if (!rest.isEmpty()) {
                found.add(rest.substring(1).split("\\.")[0]);
            }
        }
        Assertions.assertEquals(placed, found, "features in the code vs. ArchitectureTest.LAYERS");
    }

    /** SQL text is invisible to class analysis, so the sources are read: one class writes audit_event. */
    @ArchTest
    static void onlyTheAuditWriterWritesTheAuditTrail(JavaClasses classes) {
        Path sources = Path.of("src/main/java");
        Pattern write = Pattern.compile("(?i)(insert\\s+into|update|delete\\s+from)\\s+audit_event");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> writers = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> write.matcher(read(p)).find())
                    .map(p -> sources.relativize(p).toString().replace('\\', '/'))
                    .toList();
            Assertions.assertEquals(List.of("vn/gnbv/tracker/audit/AuditWriter.java"), writers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
