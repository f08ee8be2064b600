package dev.evdash.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Dataset;
import dev.evdash.data.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File > Import: the IEA CSV merged into the data on screen as one edit that can be undone. */
@ExtendWith(ApplicationExtension.class)
class ImportUiTest {

    @TempDir
    Path dir;

    private EvDashContext context;

    @Start
    void start(Stage stage) {
        context = TestContexts.onBundledData(dir);
        context.show(stage);
    }

    private void importAndWait(Path csv) throws Exception {
        Task<?>[] task = new Task<?>[1];
        WaitForAsyncUtils.asyncFx(() -> task[0] = context.edits().importIea(csv, r -> { })).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theIeaCsvIsMergedAsOneEditThatCanBeUndone(FxRobot robot) throws Exception {
        Dataset before = context.data().getDataset();
        importAndWait(ImportCommandTest.edition2024());
        Dataset after = context.data().getDataset();
        assertThat(after.seriesById("ev-stock-world-bev")).isPresent();
        assertThat(context.editor().isDirty()).isTrue();
        assertThat(context.shell().messageProperty().get()).contains("IEA Global EV Data 2024.csv")
                .contains("figures added").endsWith("Save (Ctrl+S) to keep it.");
        assertThat(context.shell().undoTextProperty().get()).isEqualTo("Undo import IEA Global EV Data 2024.csv");
        robot.interact(() -> context.editor().undo());
        assertThat(context.data().getDataset()).isSameAs(before);

        // rows it cannot read are listed with their line, the rest is imported
        Path bad = Files.writeString(dir.resolve("ev-2024.csv"), "region,category,parameter,mode,powertrain,year,unit,value\n"
                + "World,Historical,EV stock,Cars,BEV,2023,Vehicles,28000000\n"
                + "World,Historical,EV stock,Cars,BEV,2022,Vehicles,-1\n");
        importAndWait(bad);
        assertThat(context.data().problems()).extracting(Problem::format)
                .containsExactly(bad + ":3: value -1 is out of range for EV stock");
        assertThat(context.data().getDataset().seriesById("ev-stock-world-bev").orElseThrow().points()).hasSize(1);

        Path notIea = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n");
        importAndWait(notIea);
        assertThat(context.data().problems()).extracting(Problem::format).singleElement().asString()
                .startsWith(notIea + ": not an IEA Global EV Data Explorer CSV: line 1 lacks the columns");
    }
}
