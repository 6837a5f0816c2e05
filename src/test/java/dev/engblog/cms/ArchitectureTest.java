package dev.engblog.cms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the code map, stated in code (README "Dependency rules"): {@code common} is the
 * ground and knows no feature; features meet through services and CDI events, never through another
 * feature's repository; repositories and services do not reach up to the HTTP layer; the top-level
 * packages form no cycle. Only production classes are imported.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.engblog.cms";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    /** The first package segment under {@code dev.engblog.cms} ("" for classes directly in it). */
    static String feature(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = pkg.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static DescribedPredicate<JavaClass> simpleNameEndingWith(String suffix) {
        return DescribedPredicate.describe("have simple name ending with '" + suffix + "'",
                c -> c.getSimpleName().endsWith(suffix));
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass o = c;
        while (o.getEnclosingClass().isPresent()) {
            o = o.getEnclosingClass().get();
        }
        return o;
    }

    private static DescribedPredicate<JavaClass> inFeatureNotCommon() {
        return DescribedPredicate.describe("reside in a feature package (not common)", c -> {
            String f = feature(c);
            return c.getPackageName().startsWith(ROOT + ".") && !f.isEmpty() && !f.equals("common");
        });
    }

    @Test
    void commonDependsOnNoFeature() {
        ArchRule rule = noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat(inFeatureNotCommon())
                .because("common/ is the ground: what it needs from a feature is handed to it");
        rule.check(classes);
    }

    @Test
    void repositoriesUseNoServiceOrResource() {
        noClasses().that(simpleNameEndingWith("Repository")).and().resideInAPackage(ROOT + "..")
                .should().dependOnClassesThat(simpleNameEndingWith("Service")
                        .or(simpleNameEndingWith("Resource")))
                .check(classes);
    }

    @Test
    void servicesUseNoResource() {
        noClasses().that(simpleNameEndingWith("Service")).and().resideInAPackage(ROOT + "..")
                .should().dependOnClassesThat(simpleNameEndingWith("Resource"))
                .check(classes);
    }

    @Test
    void noClassUsesAnotherFeaturesRepository() {
        ArchCondition<JavaClass> notOtherRepositories =
                new ArchCondition<>("not depend on another feature's *Repository") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = feature(origin);
                        origin.getDirectDependenciesFromSelf().forEach(d -> {
                            JavaClass target = outermost(d.getTargetClass());
                            if (target.getPackageName().startsWith(ROOT + ".")
                                    && target.getSimpleName().endsWith("Repository")
                                    && !feature(target).equals(own)) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        });
                    }
                };
        classes().that().resideInAPackage(ROOT + "..")
                .should(notOtherRepositories)
                .because("features meet through services and events, never through another feature's repository")
                .check(classes);
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        slices().matching(ROOT + ".(*)..")
                .should().beFreeOfCycles()
                .check(classes);
    }
}
