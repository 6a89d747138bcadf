package app.kintsugi.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Repository;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;


/**
 * The shape of a module (decision 43): its API in the top package, what nobody else uses in
 * {@code internal}, pages in {@code web} and JSON routes in {@code api}, each using only APIs, and the
 * modules it may use declared in its {@code package-info.java}. {@link #SHAPED} lists the modules that
 * follow it; a module joins the list once it has moved, and the list ends as every module.
 */
@org.junit.jupiter.api.Tag("architecture")
class ModuleShapeTests {

    /** The modules that follow the shape. */
    static final List<String> SHAPED = List.of("moments", "respect", "movingon", "decision", "reflection", "trust",
            "boundaries", "communication", "meeting", "safety", "resources", "couple", "counselor", "help",
            "transparency", "responsibility", "operations", "export", "privacy", "account", "platform", "shared",
            "checkin", "program", "notices");

    private static final String ROOT = "app.kintsugi.";
    private static final JavaClasses CLASSES = ModularityTests.CLASSES;

    /** The module a package belongs to, or "" for the root package. */
    private static String moduleOf(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return "";
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isTopPackage(String packageName) {
        return packageName.startsWith(ROOT) && packageName.indexOf('.', ROOT.length()) < 0;
    }

    private static boolean isInternal(String packageName) {
        String module = moduleOf(packageName);
        return !module.isEmpty() && (packageName.equals(ROOT + module + ".internal")
                || packageName.startsWith(ROOT + module + ".internal."));
    }

    private static String[] packagesOf(String suffix) {
        return SHAPED.stream().map(m -> ROOT + m + suffix).toArray(String[]::new);
    }

    /** Every module of the application follows the shape; a new module joins the list when it is made. */
    @Test
    void everyModuleFollowsTheShape() {
        Set<String> modules = ModularityTests.MODULES.stream().map(m -> m.getIdentifier().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(SHAPED)).isEqualTo(modules);
    }

    /**
     * A bean's constructor is Spring's to call (decision 48: most are generated and public): no class of
     * the application builds a component, a service, a page or a repository with {@code new}.
     */
    @Test
    void onlySpringBuildsBeans() {
        noClasses().should().callConstructorWhere(DescribedPredicate.describe("the constructor of a Spring bean",
                        call -> call.getTargetOwner().isMetaAnnotatedWith(org.springframework.stereotype.Component.class)
                                && !call.getTargetOwner().equals(call.getOriginOwner())))
                .check(CLASSES);
    }

    /** A module holds its API, {@code internal}, {@code web} and {@code api}: nothing else. */
    @Test
    void aShapedModuleHasItsApiItsInternalsItsPagesAndItsApiOnly() {
        for (String module : SHAPED) {
            String base = ROOT + module;
            classes().that().resideInAPackage(base + "..")
                    .should().resideInAnyPackage(base, base + ".internal..", base + ".web..", base + ".api..")
                    .check(CLASSES);
        }
    }

    /** What a module keeps to itself is used by its own API and internals, by nobody else: not even its pages or routes. */
    @Test
    void nobodyButItsOwnModuleUsesItsInternals() {
        classes().should(new ArchCondition<JavaClass>("use no internals but their own module's, and those only from its API or internals") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String own = moduleOf(c.getPackageName());
                boolean mayUseOwn = isTopPackage(c.getPackageName()) || isInternal(c.getPackageName());
                c.getDirectDependenciesFromSelf().stream()
                        .filter(d -> isInternal(d.getTargetClass().getBaseComponentType().getPackageName()))
                        .filter(d -> !mayUseOwn || !moduleOf(d.getTargetClass().getBaseComponentType().getPackageName()).equals(own))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(c, d.getDescription())));
            }
        }).check(CLASSES);
    }

    /**
     * Pages and JSON routes use their own module's API, the top packages of other modules, {@code platform} and
     * {@code shared}: never internals, never the pages or routes of another channel or module.
     */
    @Test
    void pagesAndRoutesUseOnlyApis() {
        for (String module : SHAPED) {
            for (String channel : List.of("web", "api")) {
                String own = ROOT + module + "." + channel;
                noClasses().that().resideInAPackage(own + "..")
                        .should().dependOnClassesThat(DescribedPredicate.describe(
                                "anything of the application but an API, platform, shared or " + own,
                                (JavaClass t) -> {
                                    String p = t.getBaseComponentType().getPackageName();
                                    return p.startsWith(ROOT) && !isTopPackage(p) && !p.equals(own) && !p.startsWith(own + ".")
                                            && !moduleOf(p).equals("platform") && !moduleOf(p).equals("shared");
                                }))
                        // A module without pages or routes (resources) has nothing here to check.
                        .allowEmptyShould(true)
                        .check(CLASSES);
            }
        }
    }

    /** Repositories and their rows are internals. */
    @Test
    void repositoriesLiveInInternals() {
        classes().that().areAnnotatedWith(Repository.class).and().resideInAnyPackage(packagesOf(".."))
                .should().resideInAnyPackage(packagesOf(".internal.."))
                .check(CLASSES);
    }

    private static String[] apisAndInternals() {
        return SHAPED.stream().flatMap(m -> Stream.of(ROOT + m, ROOT + m + ".internal..")).toArray(String[]::new);
    }

    /** Charts are the pages' business: a facade gives what is counted, not how it is drawn. */
    @Test
    void chartsAreDrawnByThePages() {
        noClasses().that().resideInAnyPackage(apisAndInternals())
                .should().haveSimpleNameEndingWith("Chart")
                .check(CLASSES);
    }

    /** No facade result carries a chart, a drawing's size or a CSS class. */
    @Test
    void facadeResultsCarryNoGeometryAndNoCssClasses() {
        methods().that().areDeclaredInClassesThat().resideInAnyPackage(apisAndInternals())
                .should().haveNameNotMatching("chart|.*Chart|css.*|.*Css.*|width|height")
                .check(CLASSES);
    }

    /** Each module says which modules it uses, and uses each one it names. */
    @Test
    void eachShapedModuleDeclaresTheModulesItUses() {
        ApplicationModules modules = ModularityTests.MODULES;
        for (String module : SHAPED) {
            ApplicationModule annotation = CLASSES.getPackage(ROOT + module).tryGetAnnotationOfType(ApplicationModule.class)
                    .orElseThrow(() -> new AssertionError(module + " declares no @ApplicationModule in its package-info.java"));
            Set<String> declared = new TreeSet<>(Arrays.asList(annotation.allowedDependencies()));
            assertThat(declared).as(module + " declares its allowed dependencies").doesNotContain(ApplicationModule.OPEN_TOKEN);
            Set<String> used = modules.getModuleByName(module).orElseThrow()
                    .getDirectDependencies(modules).uniqueModules()
                    .map(m -> m.getIdentifier().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(declared).as(module + " declares exactly the modules it uses").isEqualTo(used);
        }
    }
}
