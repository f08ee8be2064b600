package dev.evdash.fx;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class TooltipsTest {

    private Button button;
    private Region tile;
    private Label elsewhere;
    private HBox box;

    @Start
    void start(Stage stage) {
        elsewhere = new Label("no tooltip");
        box = new HBox(40, elsewhere);
        box.setAlignment(Pos.CENTER_LEFT);
        stage.setScene(new Scene(box, 500, 200));
        stage.show();
    }

    /** The nodes under test, added once the pointer is away from where they will be. */
    private void addNodes(FxRobot robot) {
        robot.moveTo(elsewhere);
        robot.interact(() -> {
            button = new Button("Save");
            Tooltips.setText(button, "Save the data file");
            tile = new Region();
            tile.setPrefSize(120, 80);
            Tooltips.install(tile, "Source: a report", tip -> tip.setWrapText(true));
            box.getChildren().addAll(button, tile);
        });
    }

    @Test
    void aTooltipIsMadeWhenThePointerFirstEntersItsNode(FxRobot robot) {
        addNodes(robot);
        assertThat(button.getTooltip()).as("not made before the pointer comes").isNull();
        assertThat(button.getAccessibleHelp()).as("a screen reader has the text at once").isEqualTo("Save the data file");
        assertThat(Tooltips.getText(button)).isEqualTo("Save the data file");

        robot.moveTo(button);
        assertThat(button.getTooltip()).isNotNull();
        assertThat(button.getTooltip().getText()).isEqualTo("Save the data file");

        assertThat(installed(tile)).isNull();
        robot.moveTo(tile);
        assertThat(installed(tile)).isNotNull().satisfies(t -> {
            assertThat(t.getText()).isEqualTo("Source: a report");
            assertThat(t.isWrapText()).as("styled as asked").isTrue();
        });
    }

    @Test
    void theTextChangesOrGoesWhetherOrNotTheTooltipIsMadeYet(FxRobot robot) {
        addNodes(robot);
        robot.interact(() -> Tooltips.setText(tile, "changed before"));
        robot.moveTo(tile);
        assertThat(installed(tile).getText()).isEqualTo("changed before");

        robot.interact(() -> Tooltips.setText(tile, "changed after"));
        assertThat(installed(tile).getText()).isEqualTo("changed after");
        assertThat(tile.getAccessibleHelp()).isEqualTo("changed after");

        robot.moveTo(elsewhere);
        robot.interact(() -> Tooltips.setText(tile, null));
        assertThat(installed(tile)).as("taken away").isNull();
        assertThat(tile.getAccessibleHelp()).isNull();
        robot.moveTo(tile);
        assertThat(installed(tile)).as("not made again without text").isNull();

        robot.interact(() -> Tooltips.setText(tile, "back"));
        robot.moveTo(elsewhere).moveTo(tile);
        assertThat(installed(tile).getText()).isEqualTo("back");
    }

    @Test
    void aBoundTooltipFollowsItsTextAndKeepsTheBindingAlive(FxRobot robot) {
        addNodes(robot);
        javafx.beans.property.StringProperty undo = new javafx.beans.property.SimpleStringProperty("Undo");
        // a binding of its own, held by nothing but the button: its source holds it weakly
        robot.interact(() -> Tooltips.bind(button, javafx.beans.binding.Bindings.concat(undo, " (Ctrl+Z)")));
        System.gc();
        robot.interact(() -> undo.set("Undo the edit of BYD"));
        assertThat(button.getAccessibleHelp()).isEqualTo("Undo the edit of BYD (Ctrl+Z)");
        robot.moveTo(button);
        assertThat(button.getTooltip().getText()).isEqualTo("Undo the edit of BYD (Ctrl+Z)");
        robot.interact(() -> undo.set("Undo"));
        assertThat(button.getTooltip().getText()).isEqualTo("Undo (Ctrl+Z)");
    }

    @Test
    void textGivenWhileThePointerIsInMakesTheTooltipAtOnce(FxRobot robot) {
        addNodes(robot);
        robot.interact(() -> Tooltips.setText(tile, null));
        robot.moveTo(tile);
        assertThat(installed(tile)).isNull();
        robot.interact(() -> Tooltips.setText(tile, "arrived under the pointer"));
        assertThat(installed(tile)).as("made without the pointer leaving and coming back").isNotNull()
                .satisfies(t -> assertThat(t.getText()).isEqualTo("arrived under the pointer"));
        robot.moveTo(elsewhere);
    }

    @Test
    void aNodeGivenNoTextGetsNothing(FxRobot robot) {
        robot.interact(() -> Tooltips.setText(elsewhere, null));
        assertThat(elsewhere.getProperties()).isEmpty();
        robot.moveTo(elsewhere);
        assertThat(elsewhere.getTooltip()).isNull();
        assertThat(Tooltips.getText(elsewhere)).isNull();
    }

    /** The tooltip {@link Tooltip#install} put on a node that is not a control (it keeps it among the node's properties). */
    private static Tooltip installed(Node node) {
        return node.getProperties().values().stream().filter(Tooltip.class::isInstance).map(Tooltip.class::cast)
                .findFirst().orElse(null);
    }
}
