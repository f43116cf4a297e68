package dev.gavel.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layer rules of DEVELOPERS.md, made executable. */
@AnalyzeClasses(packages = "dev.gavel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreIsFreeOfFrameworks = noClasses().that().resideInAPackage("dev.gavel.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "net.dv8tion..", "org.jdbi..",
                    "org.flywaydb..", "org.sqlite..", "picocli..", "dev.gavel.store..", "dev.gavel.discord..",
                    "dev.gavel.app..", "dev.gavel.cli..")
            .because("the core (metrics, statistics, domain records) must be usable by every layer");

    @ArchTest
    static final ArchRule onlyDiscordImportsJda = noClasses().that().resideOutsideOfPackage("dev.gavel.discord..")
            .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
            .because("the dev.gavel.discord package is the only one that speaks to Discord");

    @ArchTest
    static final ArchRule onlyStoreImportsJdbi = noClasses().that().resideOutsideOfPackage("dev.gavel.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "org.flywaydb..", "org.sqlite..")
            .because("the store is the only way to the database");

    @ArchTest
    static final ArchRule noSystemOutOutsideCli = noClasses().that().resideOutsideOfPackage("dev.gavel.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("output is the command line's; everything else logs through SLF4J");

    @ArchTest
    static final ArchRule noJavaFxOutsideApp = noClasses().that().resideOutsideOfPackages("dev.gavel.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("only the console (dev.gavel.app) uses JavaFX; the command line starts it through a plain launcher method");

    @ArchTest
    static final ArchRule viewsDoNotCallTheStoreOrDiscord = noClasses().that().resideInAPackage("dev.gavel.app..")
            .and().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAnyPackage("dev.gavel.store..", "dev.gavel.discord..", "net.dv8tion..")
            .because("a view only binds to its view model, which does the store and Discord work off the JavaFX thread");

}
