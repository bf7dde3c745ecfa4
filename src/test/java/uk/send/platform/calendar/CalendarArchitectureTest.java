package uk.send.platform.calendar;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CalendarArchitectureTest {

    private final JavaClasses calendar = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.send.platform.calendar");

    @Test
    void the_calendar_does_not_depend_on_Spring() {
        noClasses().that().resideInAPackage("..calendar..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("the statutory clock is plain Java, testable alone and usable by every module")
                .check(calendar);
    }

    @Test
    void the_calendar_does_not_use_the_network() {
        noClasses().that().resideInAPackage("..calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..")
                .because("bank holidays are shipped or handed in; the calendar never fetches them itself")
                .check(calendar);
    }

    @Test
    void the_calendar_depends_only_on_the_JDK() {
        noClasses().that().resideInAPackage("..calendar..")
                .should().dependOnClassesThat().resideOutsideOfPackages("uk.send.platform.calendar..", "java..")
                .because("this module takes no libraries (decision 0007: timelimits reads gov.uk's JSON with Jackson)")
                .check(calendar);
    }
}
