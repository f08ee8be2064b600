package dev.evdash.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.model.ViewId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewCatalogTest {

    @Test
    void everyViewIdIsDeclaredOnceInSidebarOrder() {
        assertThat(ViewCatalog.all()).extracting(ViewSpec::id).containsExactlyInAnyOrder(ViewId.values());
        assertThat(Arrays.stream(ViewId.values()).map(ViewCatalog::spec)).doesNotContainNull();
    }

    @Test
    void eachViewsFxmlExistsAndNamesTheControllerItsDeclarationMakes() throws IOException {
        for (ViewSpec<?> v : ViewCatalog.all()) {
            try (InputStream in = ViewCatalog.class.getResourceAsStream(v.fxml())) {
                assertThat(in).as(v.fxml()).isNotNull();
                String fxml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(fxml).as(v.fxml()).contains("fx:controller=\"" + v.controllerType().getName() + "\"");
            }
        }
    }

    @Test
    void shortcutsAndCommandLineNamesAreUnique() {
        Set<Object> keys = new HashSet<>();
        ViewCatalog.all().forEach(v -> v.shortcut().ifPresent(k -> assertThat(keys.add(k)).as(v + " " + k).isTrue()));
        Set<String> names = new HashSet<>();
        for (ViewSpec<?> v : ViewCatalog.all()) {
            assertThat(names.add(v.slug())).as(v.slug()).isTrue();
            v.aliases().forEach(a -> assertThat(names.add(a)).as(a).isTrue());
        }
        assertThat(ViewCatalog.spec(ViewId.CHINA_SHARE).slug()).isEqualTo("china-share");
    }

    @Test
    void theEditorIsTheOnlyViewNotExported() {
        assertThat(ViewCatalog.all().stream().filter(v -> !v.exportable())).extracting(ViewSpec::id)
                .containsExactly(ViewId.DATA);
    }
}
