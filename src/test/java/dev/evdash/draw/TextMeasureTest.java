package dev.evdash.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Text is measured as JavaFX lays it out; a frozen measure answers from what was measured, never guesses. */
@ExtendWith(ApplicationExtension.class)
class TextMeasureTest {

    @Start
    void start(Stage stage) {
        dev.evdash.fx.Fonts.load();
    }

    @Test
    void aFrozenMeasureAnswersWhatWasMeasuredAndRefusesTheRest() throws Exception {
        Font f = Font.font("DejaVu Sans", 14);
        TextMeasure live = new TextMeasure();
        Bounds wide = WaitForAsyncUtils.asyncFx(() -> live.bounds("BMW Group 2025", f)).get(30, TimeUnit.SECONDS);
        Bounds narrow = WaitForAsyncUtils.asyncFx(() -> live.bounds("BMW", f)).get(30, TimeUnit.SECONDS);
        assertThat(wide.getWidth()).isGreaterThan(narrow.getWidth()).isPositive();
        TextMeasure frozen = live.frozen();
        assertThat(frozen.bounds("BMW Group 2025", f)).isEqualTo(wide);
        assertThat(frozen.width("BMW", f)).isEqualTo(narrow.getWidth());
        assertThatThrownBy(() -> frozen.bounds("BMW", Font.font("DejaVu Sans", 15)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'BMW'");
    }
}
