package dev.evdash.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.evdash.data.Dataset;
import dev.evdash.data.DatasetReader;
import dev.evdash.data.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    static Path edition2024() throws Exception {
        return Path.of(ImportCommandTest.class.getResource("/dev/evdash/data/iea/IEA Global EV Data 2024.csv").toURI());
    }

    @Test
    void importsTheIeaCsvOnceAndASecondRunChangesNothing() throws Exception {
        Path target = dir.resolve("dataset.json");
        MainTestAccess.Result first = MainTestAccess.run("import", "iea", edition2024().toString(), "--into",
                target.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("does not exist: starting from the bundled dataset")
                .contains("IEA Global EV Data 2024.csv (2024 layout").contains("figures added").contains("wrote " + target);
        Dataset d = new DatasetReader().read(target).dataset().orElseThrow();
        assertThat(d.seriesById("ev-stock-world-bev").orElseThrow().points())
                .anyMatch(p -> p.period().equals(Period.ofYear(2023)) && p.value() == 28_000_000
                        && p.source().equals("iea-gevo-2024-csv"));
        byte[] written = Files.readAllBytes(target);

        MainTestAccess.Result again = MainTestAccess.run("import", "iea", edition2024().toString(), "--into",
                target.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("0 figures added").contains("nothing new: " + target + " not written");
        assertThat(Files.readAllBytes(target)).isEqualTo(written);
        assertThat(dir.resolve("dataset.json.1")).doesNotExist();

        // the same figures under another edition's name are already in the data too
        MainTestAccess.Result renamed = MainTestAccess.run("import", "iea", edition2024().toString(), "--into",
                target.toString(), "--regions", "China", "--edition", "2030");
        assertThat(renamed.out()).contains("2030 edition, as given").contains("76 of them").contains("0 figures added");

        Path other = dir.resolve("other.json");
        MainTestAccess.Result dry = MainTestAccess.run("import", "iea", edition2024().toString(), "--into",
                other.toString(), "--dry-run");
        assertThat(dry.out()).contains("dry run: " + other + " not written");
        assertThat(other).doesNotExist();
        assertThat(Files.readAllBytes(target)).isEqualTo(written);
    }

    @Test
    void aFileWithoutTheColumnsItNeedsOrAnUnknownRegionIsRefused() throws Exception {
        Path csv = Files.writeString(dir.resolve("evs.csv"), "region,year,value\nWorld,2023,9500000\n");
        Path target = dir.resolve("dataset.json");
        MainTestAccess.Result r = MainTestAccess.run("import", "iea", csv.toString(), "--into", target.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("evdash: " + csv + ": not an IEA Global EV Data Explorer CSV: line 1 lacks the"
                + " columns 'category', 'parameter', 'mode', 'powertrain', 'unit'");
        assertThat(target).doesNotExist();

        MainTestAccess.Result region = MainTestAccess.run("import", "iea", edition2024().toString(), "--into",
                target.toString(), "--regions", "Norway,Narnia");
        assertThat(region.code()).isEqualTo(2);
        assertThat(region.err()).contains("unknown region 'Narnia'");
        assertThat(target).doesNotExist();

        Path bad = Files.writeString(dir.resolve("bad.csv"), "region,category,parameter,mode,powertrain,year,unit,value\n"
                + "World,Historical,EV sales,Cars,BEV,2023,Vehicles,lots\n"
                + "World,Historical,EV sales,Cars,BEV,2022,Vehicles,7300000\n");
        MainTestAccess.Result rows = MainTestAccess.run("import", "iea", bad.toString(), "--into", target.toString(),
                "--edition", "2024");
        assertThat(rows.code()).isZero();
        assertThat(rows.err()).contains(bad + ":2: value 'lots' is not a number");
    }
}
