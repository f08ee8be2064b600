package dev.evdash.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Run in a child JVM by {@link DatasetStoreTest}: saves the small fixture under the names "save 1",
 * "save 2", … to the file given, forever, printing "saving N" just before each save, until killed.
 */
public final class SaveLoop {

    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        DatasetCodec codec = new DatasetCodec();
        DatasetStore store = new DatasetStore(codec, new DatasetReader());
        Dataset base = codec.read(Fixtures.SMALL);
        // a larger file makes each save take longer, so that the kill lands inside a write more often
        Optional<FileStamp> stamp = FileStamp.current(file);
        for (int n = 1; ; n++) {
            Dataset d = new Dataset(null, 1, "save " + n, base.updated(), base.sourcePriority(), base.sources(),
                    base.companies(), base.series(), base.partnerships(), base.watchlist());
            d = DatasetStoreTest.padded(d, 150);
            System.out.println("saving " + n);
            System.out.flush();
            stamp = Optional.of(store.save(file, d, stamp));
        }
    }
}
