package dev.evdash.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.model.ViewId;
import dev.evdash.view.ViewCatalog;
import dev.evdash.view.ViewSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The training run the build makes the window's class-data archive from opens every view of the window,
 * each built as an analyst's first visit builds it: a view it skipped would start from the jars.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingRunTest {

    @TempDir
    static Path dir;

    private EvDashContext context;

    @Start
    void start(Stage stage) {
        context = TestContexts.onBundledData(dir);
        context.show(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @Test
    void itShowsEveryViewInTurnAndEachIsBuiltBeforeItEnds(FxRobot robot) throws Exception {
        List<ViewId> shown = new ArrayList<>();
        CompletableFuture<List<ViewSpec<?>>> notBuiltAtTheEnd = new CompletableFuture<>();
        robot.interact(() -> {
            context.shell().currentViewProperty().addListener((obs, old, view) -> shown.add(view));
            TrainingRun.start(context.shell(), () -> notBuiltAtTheEnd.complete(
                    ViewCatalog.all().stream().filter(s -> !context.models().isMade(s)).toList()));
        });

        assertThat(notBuiltAtTheEnd.get(60, TimeUnit.SECONDS)).isEmpty();
        // the window opens on the Overview: the run goes on from there through every other view
        assertThat(shown).containsExactly(List.of(ViewId.values()).subList(1, ViewId.values().length)
                .toArray(ViewId[]::new));
        assertThat(context.shell().getCurrentView()).isEqualTo(ViewId.DATA);
    }
}
