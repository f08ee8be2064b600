package dev.evdash.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Company;
import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetCodec;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Partnership;
import dev.evdash.data.ReadResult;
import dev.evdash.data.Source;
import dev.evdash.view.UiTestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Valid but hostile content: a company name with path separators, quotes, a control character and markup,
 * and a partnership summary as long as the format allows, through the window, the headless export and CSV.
 */
@ExtendWith(ApplicationExtension.class)
class HostileContentTest {

    static final String NAME = "BYD/..\\\"Auto\" <b>\u0007</b>, =cmd|' /C calc'!A0";
    static final String SUMMARY = ("A very long summary. ".repeat(5_000) + "x".repeat(100_000)).substring(0, 100_000);
    static final String SCRIPT = "javascript:alert(document.cookie)";
    static final String LOCAL = "file:///etc/passwd";

    @TempDir
    static Path dir;
    private static Path file;
    private EvDashContext context;
    private final List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    static Dataset hostile() {
        Dataset d = new DatasetReader().readBundled().dataset().orElseThrow();
        List<Company> companies = new ArrayList<>();
        for (Company c : d.companies()) {
            companies.add(c.id().equals("byd") ? new Company(c.id(), NAME, c.localName(), c.kind(), c.country()) : c);
        }
        List<Partnership> deals = new ArrayList<>(d.partnerships());
        Partnership p = deals.get(deals.size() - 1);
        deals.set(deals.size() - 1, new Partnership(p.id(), p.parties(), p.areas(), p.announced(), p.status(), SUMMARY,
                p.sources(), p.note()));
        List<Source> sources = new ArrayList<>(d.sources());
        for (int i = 0; i < 2; i++) {
            Source s = sources.get(i);
            sources.set(i, new Source(s.id(), "0 hostile address " + i, s.publisher(), i == 0 ? SCRIPT : LOCAL,
                    s.published(), s.kind(), s.licence(), s.note()));
        }
        return d.withCompanies(companies).withPartnerships(deals).withSources(sources);
    }

    @Start
    void start(Stage stage) throws Exception {
        if (file == null) {
            file = Files.writeString(dir.resolve("hostile.json"), new DatasetCodec().write(hostile()));
        }
        context = EvDashContext.load(Optional.of(file), dir.resolve("none.json"), new MemorySettings(), opened::add);
        context.show(stage);
    }

    @Test
    void theFileIsValidAndEveryViewShowsIt(FxRobot robot) throws Exception {
        ReadResult r = new DatasetReader().read(file);
        assertThat(r.problems()).isEmpty();
        assertThat(context.data().getOrigin().path()).contains(file);
        for (String view : List.of("Overview", "China share", "China market", "Deliveries", "Alliances", "Automaker",
                "Watchlist", "Claims", "Sources", "Data")) {
            UiTestSupport.clickSidebar(robot, view);
            UiTestSupport.assertNotBlank(UiTestSupport.render(robot, robot.lookup(".shell").query(),
                    "hostile-" + view.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')));
            javafx.scene.Node root = robot.lookup(".shell").query();
            assertThat(root.getLayoutBounds().getWidth()).as(view + ": the window's width holds")
                    .isLessThanOrEqualTo(root.getScene().getWidth() + 1);
        }
    }

    @Test
    void addressesThatAreNotWebLinksAreShownAndNeverOpened(FxRobot robot) {
        UiTestSupport.clickSidebar(robot, "Sources");
        for (int i = 0; i < 2; i++) {
            String title = "0 hostile address " + i;
            javafx.scene.control.Hyperlink link = robot.lookup(".hyperlink")
                    .match((javafx.scene.control.Hyperlink h) -> title.equals(h.getText()))
                    .queryAs(javafx.scene.control.Hyperlink.class);
            robot.moveTo(link); // its tooltip, showing the address, is made as the pointer enters it
            assertThat(link.getTooltip().getText()).contains(i == 0 ? SCRIPT : LOCAL);
            robot.interact(link::fire);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).as("links handed to the browser").isEmpty();
    }

    @Test
    void aLongSummaryIsShownShortened(FxRobot robot) {
        Partnership last = context.data().getDataset().partnerships().get(context.data().getDataset().partnerships().size() - 1);
        assertThat(last.summary()).hasSize(100_000);
        UiTestSupport.clickSidebar(robot, "Alliances");
        robot.interact(() -> context.alliances().selectedProperty().set(last.parties().get(0)));
        UiTestSupport.clickSidebar(robot, "Alliances");
        List<String> shown = robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).filter(t -> t != null && t.startsWith("A very long summary"))
                .toList();
        assertThat(shown).isNotEmpty().allSatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(600).endsWith("…"));
    }

    @Test
    void theExportWritesItsFilesUnderViewNamesAndQuotesTheCsv() throws Exception {
        Path out = dir.resolve("export");
        MainTestAccess.Result r = MainTestAccess.run("export", "--data", file.toString(), "--out", out.toString(),
                "--size", "800x450", "--scale", "1", "--csv");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).allMatch(n -> n.matches("[a-z-]+(-\\d{4}-\\d{2}-\\d{2})?\\.(png|csv|graphml|json)"));
        String csv = Files.readString(out.resolve(names.stream().filter(n -> n.startsWith("alliances") && n.endsWith(".csv"))
                .findFirst().orElseThrow()), StandardCharsets.UTF_8);
        // the name sits inside one quoted cell, its quotes doubled: the row keeps its columns
        assertThat(csv).contains(NAME.replace("\"", "\"\""));
        String row = csv.lines().filter(l -> l.contains("BYD/..")).findFirst().orElseThrow();
        assertThat(row).contains(",\"").contains(NAME.replace("\"", "\"\"") );
    }
}
