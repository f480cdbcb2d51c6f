package uk.nhs.intentions;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Data flows one way: model, diagnostic and support → load → check → index → chart → render → publish → pipeline →
 * the commands (cli, serve, daemon, rounds, scaffold, synth). A package may use the ones before it, never one after
 * it, and no two packages (sub-packages counted on their own) depend on each other.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.nhs.intentions");
    }

    @Test
    void noPackageCycles() {
        slices().matching("uk.nhs.intentions.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noPackageImportsALaterStage() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("uk.nhs.intentions.model..", "uk.nhs.intentions.diagnostic..",
                        "uk.nhs.intentions.support..")
                .layer("load").definedBy("uk.nhs.intentions.load..")
                .layer("check").definedBy("uk.nhs.intentions.check..")
                .layer("index").definedBy("uk.nhs.intentions.index..")
                .layer("chart").definedBy("uk.nhs.intentions.chart..")
                .layer("render").definedBy("uk.nhs.intentions.render..")
                .layer("publish").definedBy("uk.nhs.intentions.publish..")
                .layer("pipeline").definedBy("uk.nhs.intentions.pipeline..")
                .layer("commands").definedBy("uk.nhs.intentions.cli..", "uk.nhs.intentions.serve..",
                        "uk.nhs.intentions.daemon..", "uk.nhs.intentions.rounds..", "uk.nhs.intentions.scaffold..", "uk.nhs.intentions.synth..")
                .whereLayer("commands").mayNotBeAccessedByAnyLayer()
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("commands")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("pipeline", "commands")
                .whereLayer("render").mayOnlyBeAccessedByLayers("publish", "pipeline", "commands")
                .whereLayer("chart").mayOnlyBeAccessedByLayers("render", "publish", "pipeline", "commands")
                .whereLayer("index").mayOnlyBeAccessedByLayers("chart", "render", "publish", "pipeline", "commands")
                .whereLayer("check").mayOnlyBeAccessedByLayers("index", "chart", "render", "publish", "pipeline",
                        "commands")
                .whereLayer("load").mayOnlyBeAccessedByLayers("check", "index", "chart", "render", "publish",
                        "pipeline", "commands")
                .check(classes);
    }
}
