package app.kintsugi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import app.kintsugi.KintsugiApplication;

@org.junit.jupiter.api.Tag("architecture")
class ModularityTests {

    // Shared with ModuleShapeTests: building the model twice costs a minute on a busy machine.
    static final ApplicationModules MODULES = ApplicationModules.of(KintsugiApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.kintsugi");

    @Test
    void modulesOnlyUseEachOthersApi() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

    @Test
    void controllersLiveInWebPackagesAndAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class)
                .should().resideInAPackage("..web..")
                .andShould().notBePublic()
                .check(CLASSES);
    }

    /** Every repository is in a module's {@code internal}, where only that module may use it (ModuleShapeTests). */
    @Test
    void repositoriesAreInternals() {
        classes().that().areAnnotatedWith(Repository.class)
                .should().resideInAPackage("app.kintsugi.*.internal..")
                .check(CLASSES);
    }

    /** A module's API and internals never reach into pages: the pages sit on top, and a JSON API will sit beside them. */
    @Test
    void nothingButPagesDependsOnPages() {
        noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAPackage("app.kintsugi.*.web..")
                .check(CLASSES);
    }

    /**
     * Each module's pages use other modules only through their APIs, never through their pages. What
     * every page may share (the SVG writer of the charts) is the platform's, not a module's.
     */
    @Test
    void pagesOfOneModuleNeverUseThePagesOfAnother() {
        for (String module : CLASSES.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith("app.kintsugi.") && p.endsWith(".web"))
                .map(p -> p.substring("app.kintsugi.".length(), p.length() - ".web".length()))
                .filter(m -> !m.contains(".")).distinct().toList()) {
            noClasses().that().resideInAPackage("app.kintsugi." + module + ".web..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("the pages of another module",
                            (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().matches("app\\.kintsugi\\.[a-z]+\\.web.*")
                                    && !c.getPackageName().startsWith("app.kintsugi." + module + ".web")
                                    && !c.getPackageName().startsWith("app.kintsugi.platform.web")))
                    .check(CLASSES);
        }
    }

    @Test
    void webLayerDoesNotTouchTheDatabase() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..")
                .check(CLASSES);
    }

    @Test
    void onlyThePrivacyModuleUsesTink() {
        noClasses().that().resideOutsideOfPackage("app.kintsugi.privacy..")
                .should().dependOnClassesThat().resideInAPackage("com.google.crypto.tink..")
                .check(CLASSES);
    }

    @Test
    void eventsCarryNoText() {
        // The events the application publishes (AddressConfirmed, PasswordResetByMail) and any named like them.
        classes().that().haveSimpleNameEndingWith("Registered")
                .or().haveSimpleNameEndingWith("Started")
                .or().haveSimpleNameEndingWith("Ended")
                .or().haveSimpleNameEndingWith("Confirmed")
                .or().haveSimpleNameEndingWith("ByMail")
                .or().haveSimpleNameEndingWith("Erased")
                .and().areRecords()
                .should().haveOnlyFinalFields()
                .andShould(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>(
                        "carry no String fields") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass item,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        item.getFields().stream()
                                .filter(f -> !f.getModifiers().contains(JavaModifier.STATIC))
                                .filter(f -> f.getRawType().isEquivalentTo(String.class))
                                .forEach(f -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(f,
                                        f.getFullName() + " is a String")));
                    }
                })
                .check(CLASSES);
    }

    /** The JSON API sits beside the pages: its controllers live in each module's {@code api} package, hidden. */
    @Test
    void apiControllersLiveInApiPackagesAndAreNotPublic() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAPackage("app.kintsugi.*.api..")
                .andShould().notBePublic()
                .check(CLASSES);
    }

    /** Pages and the API are two channels onto the same facades: neither knows the other. */
    @Test
    void pagesAndTheApiNeverDependOnEachOther() {
        noClasses().that().resideInAPackage("app.kintsugi.*.web..")
                .should().dependOnClassesThat().resideInAPackage("app.kintsugi.*.api..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("app.kintsugi.*.api..")
                .and().resideOutsideOfPackage("app.kintsugi.platform.api..")
                .should().dependOnClassesThat().resideInAPackage("app.kintsugi.*.web..")
                .check(CLASSES);
    }

    /** No page and no API controller talks to a repository or to the database: each calls its module's facade. */
    @Test
    void noControllerTalksToARepository() {
        noClasses().that().areMetaAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("app.kintsugi.*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..")
                .check(CLASSES);
    }

    /** The API's description names its shapes by their simple names: two alike would silently become one. */
    @Test
    void theApisRecordsHaveNamesOfTheirOwn() {
        java.util.Map<String, java.util.List<String>> byName = new java.util.TreeMap<>();
        CLASSES.stream().filter(c -> c.getPackageName().matches("app\\.kintsugi\\.[a-z]+\\.api") && c.isRecord())
                .forEach(c -> byName.computeIfAbsent(c.getSimpleName(), k -> new java.util.ArrayList<>()).add(c.getName()));
        org.assertj.core.api.Assertions.assertThat(byName.values().stream().filter(l -> l.size() > 1).toList()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(byName).hasSizeGreaterThan(20);
    }
}
