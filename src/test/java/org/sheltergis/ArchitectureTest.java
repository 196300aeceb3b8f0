package org.sheltergis;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * The dependency rules of the layout (docs/adr/0015). A feature is a package right under {@code org.sheltergis}
 * ({@code layers}, {@code siting}, ...), or under {@code org.sheltergis.ogc} for the OGC services ({@code ogc.wms},
 * {@code ogc.features}, {@code ogc.sld}). Its sub-packages ({@code siting.ledger}, {@code ogc.wms.rendering}) are its
 * inside: other features see only the public types at its root.
 */
@AnalyzeClasses(packages = "org.sheltergis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "org.sheltergis.";

    /** The feature a class belongs to, or null for the application class at the base. */
    static String featureOf(JavaClass c) {
        String pkg = c.getPackageName();
        if (!pkg.startsWith(BASE)) {
            return null;
        }
        String[] parts = pkg.substring(BASE.length()).split("\\.");
        if (parts[0].equals("ogc") && parts.length > 1) {
            return "ogc." + parts[1];
        }
        return parts[0];
    }

    private static final SliceAssignment FEATURES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String feature = featureOf(c);
            return feature == null ? SliceIdentifier.ignore() : SliceIdentifier.of(feature);
        }

        @Override
        public String getDescription() {
            return "features of org.sheltergis";
        }
    };

    @ArchTest
    static final ArchRule no_cycles_between_features =
            slices().assignedFrom(FEATURES).should().beFreeOfCycles();

    /** Another feature's sub-packages are its inside; its root package holds what it offers. */
    private static final ArchCondition<JavaClass> USE_ONLY_ROOT_TYPES_OF_OTHER_FEATURES =
            new ArchCondition<>("use only the types at the root package of other features") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = featureOf(origin);
                    for (Dependency d : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = d.getTargetClass().getBaseComponentType();
                        String other = featureOf(target);
                        if (other == null || other.equals(own)) {
                            continue;
                        }
                        if (!target.getPackageName().equals(BASE + other)) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            };

    @ArchTest
    static final ArchRule features_talk_through_their_root_types =
            classes().should(USE_ONLY_ROOT_TYPES_OF_OTHER_FEATURES);

    @ArchTest
    static final ArchRule controllers_are_package_private = classes()
            .that()
            .areAnnotatedWith(RestController.class)
            .or()
            .areAnnotatedWith(Controller.class)
            .should()
            .notBePublic()
            .because("a controller is a feature's web edge, which no other class calls");

    @ArchTest
    static final ArchRule controllers_run_no_sql = noClasses()
            .that(are(annotatedWith(RestController.class).or(annotatedWith(Controller.class))))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework.jdbc..")
            .because("SQL runs in the feature's service or store classes, from files under sql/<feature>/");

    @ArchTest
    static final ArchRule common_knows_no_feature = noClasses()
            .that()
            .resideInAPackage(BASE + "common..")
            .should()
            .dependOnClassesThat(resideInAPackage("org.sheltergis..")
                    .and(not(resideInAPackage(BASE + "common..")))
                    .and(not(resideInAPackage("org.sheltergis"))))
            .because("common is the shared kernel every feature may use");

    /**
     * The one JSON mapper is the one Spring Boot configures (spring.jackson.* in application.yml; a
     * JsonMapperBuilderCustomizer bean is the place for more settings). A class that needs other settings derives
     * them from it ({@code rebuild()}, a writer with a feature), so the application's settings always apply.
     */
    @ArchTest
    static final ArchRule json_mappers_come_from_spring = noClasses()
            .should()
            .callMethodWhere(target(owner(assignableTo(ObjectMapper.class)))
                    .and(target(name("builder").or(name("shared")))))
            .orShould()
            .callConstructorWhere(target(owner(assignableTo(ObjectMapper.class))))
            .because("classes take the JsonMapper bean Spring Boot configures (constructor injection) or derive"
                    + " from it; a private mapper would miss the application's settings");
}
