package dev.evdash.view.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.app.EvDashContext;
import dev.evdash.app.TestContexts;
import dev.evdash.data.DataOrigin;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.LoadOutcome;
import dev.evdash.export.ExportModels;
import dev.evdash.export.ViewExport;
import dev.evdash.export.ViewExports;
import dev.evdash.model.DataModel;
import dev.evdash.model.ViewId;
import dev.evdash.view.ViewCatalog;
import dev.evdash.view.ViewSpec;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/**
 * The window makes a view's model on the view's first visit: nothing is lost by that. Each view, opened
 * for the first time after start, shows what it shows when every model is built at once; and data
 * opened before a view's first visit reaches it.
 */
@ExtendWith(ApplicationExtension.class)
class LazyStartTest {

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

    /** What a view shows, as its export has it: title, subtitle, sources and every row of its data. */
    private static List<Object> shown(ViewId view, ExportModels models) throws Exception {
        ViewExport e = WaitForAsyncUtils.asyncFx(() -> ViewExports.of(view, models)).get(20, TimeUnit.SECONDS);
        return List.of(e.title(), e.subtitle(), e.sources(), e.data().header(), e.data().rows());
    }

    private void visit(FxRobot robot, ViewId view) {
        robot.interact(() -> context.shell().setCurrentView(view));
        WaitForAsyncUtils.waitForFxEvents();
        if (view == ViewId.ALLIANCES) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void atStartOnlyTheViewShownHasItsModelAndEachViewOpenedLaterShowsWhatAnEagerBuildShows(FxRobot robot)
            throws Exception {
        List<ViewSpec<?>> notMade = ViewCatalog.all().stream().filter(s -> !context.models().isMade(s)).toList();
        assertThat(notMade).extracting(ViewSpec::id).contains(ViewId.CHINA_MARKET, ViewId.ALLIANCES,
                ViewId.AUTOMAKER, ViewId.WATCHLIST, ViewId.SOURCES, ViewId.DATA);

        Dataset data = new DatasetReader().readBundled().dataset().orElseThrow();
        ExportModels eager = ExportModels.of(new DataModel(new LoadOutcome(data, DataOrigin.bundled(), List.of())),
                Runnable::run, Runnable::run);
        WaitForAsyncUtils.asyncFx(() -> ViewCatalog.exportable().forEach(eager.models()::of)).get(30, TimeUnit.SECONDS);

        ExportModels lazy = new ExportModels(context.models());
        for (ViewId view : ViewExports.exportable()) {
            visit(robot, view);
            assertThat(context.models().isMade(ViewCatalog.spec(view))).as(view.name()).isTrue();
            if (view == ViewId.ALLIANCES) {
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lazy.alliances().graphProperty().get() != null
                        && lazy.alliances().metricsProperty().get() != null);
            }
            assertThat(shown(view, lazy)).as(view.name()).isEqualTo(shown(view, eager));
        }
    }

    @Test
    void dataOpenedBeforeAViewsFirstVisitReachesIt(FxRobot robot) throws Exception {
        assertThat(context.models().isMade(ViewCatalog.AUTOMAKER)).isFalse();
        String text;
        try (InputStream in = LazyStartTest.class.getResourceAsStream(DatasetReader.BUNDLED_RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // BMW Group's 2025 BEV deliveries, 442,072 in the bundled data, revised in a file opened now
        Path edited = Files.writeString(dir.resolve("revised.json"), text.replace("\"value\": 442072", "\"value\": 442100"));
        Task<?>[] task = new Task<?>[1];
        WaitForAsyncUtils.asyncFx(() -> task[0] = context.open(edited)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> task[0].isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.data().getOrigin().path()).contains(edited);

        visit(robot, ViewId.AUTOMAKER);
        List<String> csv = WaitForAsyncUtils.asyncFx(() -> ViewExports.of(ViewId.AUTOMAKER,
                new ExportModels(context.models())).data().text().lines().toList()).get(10, TimeUnit.SECONDS);
        assertThat(csv).anyMatch(l -> l.startsWith("deliveries,BMW Group BEV deliveries worldwide,2025,442100,"));
        assertThat(robot.lookup("#kpis .kpi-value").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText).contains("17.9 %");
    }
}
