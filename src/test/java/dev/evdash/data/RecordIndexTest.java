package dev.evdash.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordIndexTest {

    private static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();

    private static Source source(String id, String title) {
        return new Source(id, title, "Publisher", "https://example.org/" + id, "2026-01-01", SourceKind.PRESS, null,
                null);
    }

    @Test
    void everyRecordIsFoundByItsIdAndAnUnknownIdByNone() {
        for (Source s : BUNDLED.sources()) {
            assertThat(BUNDLED.source(s.id())).contains(s);
        }
        for (Company c : BUNDLED.companies()) {
            assertThat(BUNDLED.company(c.id())).contains(c);
        }
        BUNDLED.regions().forEach(r -> assertThat(BUNDLED.region(r.id())).contains(r));
        BUNDLED.brandGroups().forEach(g -> assertThat(BUNDLED.brandGroup(g.id())).contains(g));
        assertThat(BUNDLED.sourcesById()).hasSize(BUNDLED.sources().size())
                .allSatisfy((id, s) -> assertThat(BUNDLED.source(id)).containsSame(s));
        assertThatThrownBy(() -> BUNDLED.sourcesById().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(BUNDLED.source("no-such-source")).isEmpty();
        assertThat(BUNDLED.company(null)).isEmpty();
    }

    @Test
    void anIdGivenTwiceFindsTheFirstRecordAsTheFileListsThem() {
        Dataset twice = BUNDLED.withSources(List.of(source("dup", "first"), source("dup", "second")));
        assertThat(twice.source("dup")).map(Source::title).contains("first");
    }

    @Test
    void anEditedDatasetFindsItsOwnRecordsNotThoseOfTheDatasetItCameFrom() {
        Source first = BUNDLED.sources().get(0);
        assertThat(BUNDLED.source(first.id())).contains(first);
        List<Source> changed = new ArrayList<>(BUNDLED.sources());
        changed.set(0, source(first.id(), "retitled"));
        Dataset edited = BUNDLED.withSources(changed);
        assertThat(edited).isNotEqualTo(BUNDLED);
        assertThat(edited.source(first.id())).map(Source::title).contains("retitled");
        assertThat(BUNDLED.source(first.id())).contains(first);
        // an equal dataset that is another instance answers the same
        Dataset copy = BUNDLED.withSources(List.copyOf(BUNDLED.sources()));
        assertThat(copy.source(first.id())).contains(first);
    }

    @Test
    void moreDatasetsThanAreKeptStillEachFindTheirOwn() {
        List<Dataset> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(BUNDLED.withSources(List.of(source("s", "version " + i))));
        }
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < many.size(); i++) {
                assertThat(many.get(i).source("s")).map(Source::title).contains("version " + i);
            }
        }
    }
}
