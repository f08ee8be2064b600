package dev.evdash.data;

import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A dataset's sources, companies, regions and brand groups by id, made on the first look-up in that
 * dataset (one pass over each list) and kept for the few datasets looked into last. A dataset is an
 * immutable record, so the index of an instance never goes stale; it is found by identity, not by the
 * record's deep equality, and does not keep the dataset alive. With a dataset 100 times the bundled one
 * (35,600 sources), a view that names the sources of its figures had made one scan of the list per name.
 * Where an id is given twice (a problem the validator reports), the first record is found, as a scan finds it.
 */
final class RecordIndex {

    /** Datasets whose index is kept: a merge looks into three at once. */
    private static final int KEPT = 4;
    private static volatile RecordIndex[] recent = new RecordIndex[0];

    private final WeakReference<Dataset> of;
    final Map<String, Source> sources;
    final Map<String, Company> companies;
    final Map<String, Region> regions;
    final Map<String, BrandGroup> brandGroups;

    private RecordIndex(Dataset d) {
        of = new WeakReference<>(d);
        sources = byId(d.sources(), Source::id);
        companies = byId(d.companies(), Company::id);
        regions = byId(d.regions(), Region::id);
        brandGroups = byId(d.brandGroups(), BrandGroup::id);
    }

    static RecordIndex of(Dataset d) {
        RecordIndex[] kept = recent;
        for (RecordIndex i : kept) {
            if (i.of.get() == d) {
                return i;
            }
        }
        RecordIndex made = new RecordIndex(d);
        RecordIndex[] next = new RecordIndex[Math.min(KEPT, kept.length + 1)];
        next[0] = made;
        System.arraycopy(kept, 0, next, 1, next.length - 1);
        recent = next; // another thread's index made meanwhile may be dropped: it is made again when asked
        return made;
    }

    private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
        Map<String, T> map = new HashMap<>(Math.max(16, records.size() * 4 / 3 + 1));
        for (T r : records) {
            map.putIfAbsent(id.apply(r), r);
        }
        return Collections.unmodifiableMap(map);
    }
}
