package uk.send.platform.identifiers;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Identifiers stay plain Java so every module, and any batch job or importer, can use them. */
@AnalyzeClasses(packages = "uk.send.platform.identifiers", importOptions = ImportOption.DoNotIncludeTests.class)
class IdentifiersArchitectureTest {

    @ArchTest
    static final ArchRule identifiers_do_not_depend_on_spring_or_the_database =
            noClasses().that().resideInAPackage("..identifiers..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..");

    @ArchTest
    static final ArchRule identifiers_do_no_file_or_network_input_or_output =
            noClasses().that().resideInAPackage("..identifiers..")
                    .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..");
}
