package dev.evdash.app;

import dev.evdash.data.ScaledCopy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark suites a user feels as whole processes: start to the first frame, {@code validate} of a
 * large dataset, a headless export, and the window on a large dataset. Each measures EVDash and its
 * floor in the same run, alternating, with the same launcher, runtime and flags, and prints the medians,
 * the ratio and whether the target is met. The launchers are the app image's when the benchmark runs
 * from it (the window's for the start-up and memory suites, the commands' {@code evdash-cli} for
 * {@code validate} and export, as a user runs them), else this JVM's command line for all. Children run
 * with a fresh preferences root and no user data file, so they open the Overview on the bundled dataset
 * as a new user does.
 */
final class ProcessSuites {

    /** One run of a child process: wall time from spawn to exit, and what it reported. */
    record Run(double wallMs, OptionalLong reportedMs, OptionalLong peakKib, int exit, String output) {}

    /** Medians of the runs of one command. */
    record Result(String label, List<Run> runs) {
        double wall() {
            return median(runs.stream().mapToDouble(Run::wallMs).toArray());
        }

        OptionalLong reported() {
            long[] v = runs.stream().map(Run::reportedMs).filter(OptionalLong::isPresent)
                    .mapToLong(OptionalLong::getAsLong).toArray();
            return v.length == 0 ? OptionalLong.empty() : OptionalLong.of((long) median(
                    Arrays.stream(v).asDoubleStream().toArray()));
        }

        OptionalLong peak() {
            return runs.stream().map(Run::peakKib).filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong)
                    .max().stream().boxed().findFirst().map(OptionalLong::of).orElse(OptionalLong.empty());
        }

        boolean allOk() {
            return runs.stream().allMatch(r -> r.exit() == 0);
        }
    }

    private static final Pattern FIRST_FRAME = Pattern.compile("first frame (\\d+) ms after JVM start");
    private static final Pattern PEAK = Pattern.compile(Pattern.quote(PeakMemory.PREFIX) + "(\\d+) KiB");

    /** The app image's launcher for commands, beside the window's (src/dist/launchers). */
    static final String COMMAND_LAUNCHER = "evdash-cli";

    private final List<String> window;
    private final List<String> commands;
    private final Path work;
    private final int runs;
    private final PrintWriter out;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> jsonFloor;
    /** Each target's verdict, in the order measured, for the summary at the end. */
    private final List<String> verdicts = new ArrayList<>();

    ProcessSuites(Path work, int runs, PrintWriter out) throws IOException {
        this.window = selfCommand();
        this.commands = commandLauncher(window);
        this.work = work;
        this.runs = runs;
        this.out = out;
        this.jsonFloor = jsonFloorCommand();
        Files.createDirectories(work.resolve("xdg"));
        env.put("XDG_DATA_HOME", work.resolve("xdg").toAbsolutePath().toString());
        String tool = System.getenv("JAVA_TOOL_OPTIONS");
        env.put("JAVA_TOOL_OPTIONS", (tool == null ? "" : tool + " ") + "-Djava.util.prefs.userRoot="
                + work.resolve("prefs").toAbsolutePath() + " " + cacheOption(work.resolve("cache")));
        env.put(PeakMemory.ENV, "1");
    }

    /** Where a run keeps the record of files it found valid (data.CheckedFiles); a later option wins. */
    static String cacheOption(Path dir) {
        return "-D" + dev.evdash.data.CheckedFiles.CACHE_DIR_PROPERTY + "=" + dir.toAbsolutePath();
    }

    /** How to start EVDash again the way this process was started. */
    static List<String> selfCommand() {
        String appImage = System.getProperty("jpackage.app-path");
        if (appImage != null && !appImage.isBlank()) {
            return List.of(appImage);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!a.startsWith("-Djdk.module.main") && !a.startsWith("-agentlib") && !a.startsWith("-javaagent")) {
                cmd.add(a);
            }
        }
        String module = System.getProperty("jdk.module.main");
        if (module != null) {
            cmd.add("-m");
            cmd.add(module + "/" + Main.class.getName());
        } else {
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(Main.class.getName());
        }
        return List.copyOf(cmd);
    }

    /**
     * The app image's launcher for commands, beside {@code window} when that is an app image's launcher and
     * the image has one; else {@code window} itself.
     */
    static List<String> commandLauncher(List<String> window) {
        if (window.size() == 1) {
            Path self = Path.of(window.get(0));
            String name = self.getFileName().toString();
            Path cli = self.resolveSibling(COMMAND_LAUNCHER + (name.toLowerCase(Locale.ROOT).endsWith(".exe") ? ".exe" : ""));
            if (Files.isExecutable(cli)) {
                return List.of(cli.toString());
            }
        }
        return window;
    }

    /**
     * The load floor's command: this runtime's {@code java} with its default flags, on a class path of
     * {@link JsonFloor} and Jackson's three jars alone, reading a file's bytes into a tree.
     */
    static List<String> jsonFloorCommand() {
        List<String> path = new ArrayList<>();
        for (Class<?> c : List.of(JsonFloor.class, tools.jackson.databind.json.JsonMapper.class,
                tools.jackson.core.json.JsonFactory.class, com.fasterxml.jackson.annotation.JsonProperty.class)) {
            path.add(jarOf(c).toString());
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                String.join(java.io.File.pathSeparator, path), JsonFloor.class.getName());
    }

    /** The jar or folder a class was loaded from. */
    static Path jarOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot tell where " + c.getName() + " was loaded from", e);
        }
    }

    void describe() {
        out.printf(Locale.US, "launcher: %s%n", window.size() == 1 ? window.get(0) + " (app image)"
                : window.get(0) + " with this JVM's flags");
        if (!commands.equals(window)) {
            out.printf(Locale.US, "launcher for validate and export (and their floors): %s%n", commands.get(0));
        }
        out.printf(Locale.US, "runtime: %s (%s)%n", Runtime.version(), System.getProperty("java.home"));
        out.printf(Locale.US, "load floor: %s FILE (default flags, no JAVA_TOOL_OPTIONS)%n", String.join(" ", jsonFloor));
        out.printf(Locale.US, "%d runs of each command, alternating with its floor; medians; whole processes%n", runs);
    }

    static boolean hasDisplay() {
        String d = System.getenv("DISPLAY");
        return d != null && !d.isBlank();
    }

    /** A dataset {@code times} the bundled one, written once into the work folder. */
    Path scaled(int times) {
        Path file = work.resolve("dataset-" + times + "x.json");
        if (!Files.exists(file)) {
            try {
                Files.writeString(file, ScaledCopy.of(times), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
    }

    Run run(List<String> launcher, List<String> args, Map<String, String> extraEnv)
            throws IOException, InterruptedException {
        return run(launcher, args, extraEnv, false);
    }

    /** As {@link #run(List, List, Map)}; a {@code bare} run gets none of the bench's JVM options or settings. */
    Run run(List<String> launcher, List<String> args, Map<String, String> extraEnv, boolean bare)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(launcher);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        // an app image's launcher marks its JVM's environment; a child launcher that saw the mark would
        // run as a bare java command
        pb.environment().keySet().removeIf(k -> k.startsWith("_JPACKAGE"));
        if (bare) {
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            pb.environment().remove("JDK_JAVA_OPTIONS");
        } else {
            pb.environment().putAll(env);
        }
        extraEnv.forEach((k, v) -> pb.environment().merge(k, v, (a, b) -> a + " " + b));
        Path log = Files.createTempFile(work, "run", ".log");
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + String.join(" ", args));
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        Matcher f = FIRST_FRAME.matcher(text);
        Matcher m = PEAK.matcher(text);
        return new Run(ms, f.find() ? OptionalLong.of(Long.parseLong(f.group(1))) : OptionalLong.empty(),
                m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty(), p.exitValue(), text);
    }

    /** Runs {@code a} and {@code b} with {@code launcher} alternately, one warm-up each first (not counted). */
    Result[] alternate(List<String> launcher, String labelA, List<String> a, Map<String, String> envA, String labelB,
            List<String> b, Map<String, String> envB) throws IOException, InterruptedException {
        return alternate(labelA, () -> run(launcher, a, envA), labelB, () -> run(launcher, b, envB));
    }

    /** One process started again and again. */
    interface Start {
        Run run() throws IOException, InterruptedException;
    }

    /** A warm-up run of each, then {@link #runs} of each in turn, A B A B …; failures reported. */
    Result[] alternate(String labelA, Start a, String labelB, Start b) throws IOException, InterruptedException {
        a.run();
        b.run();
        List<Run> ra = new ArrayList<>();
        List<Run> rb = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ra.add(a.run());
            rb.add(b.run());
        }
        Result x = new Result(labelA, ra);
        Result y = new Result(labelB, rb);
        reportFailures(x, y);
        return new Result[] {x, y};
    }

    private void reportFailures(Result... results) {
        for (Result r : results) {
            r.runs().stream().filter(run -> run.exit() != 0).findFirst().ifPresent(run -> out.printf(Locale.US,
                    "  %s failed (exit %d):%n%s%n", r.label(), run.exit(), run.output().strip()));
        }
    }

    void print(Result r) {
        out.printf(Locale.US, "  %-66s %7.2f s%s%s%n", r.label(), r.wall() / 1000,
                r.reported().isPresent() ? String.format(Locale.US, "  (first frame %.2f s after JVM start)",
                        r.reported().getAsLong() / 1000.0) : "",
                r.peak().isPresent() ? String.format(Locale.US, "  peak %d MiB", r.peak().getAsLong() / 1024) : "");
    }

    void verdict(String what, double ratio, double target, Result... measured) {
        boolean failed = java.util.Arrays.stream(measured).anyMatch(r -> !r.allOk());
        String line = String.format(Locale.US, "%s: %.2f×, target ≤ %.1f×: %s", what, ratio, target,
                failed ? "FAILED (see above)" : ratio <= target ? "met" : "NOT MET");
        verdicts.add(line);
        out.printf(Locale.US, "  %s%n", line);
    }

    /** The targets' verdicts of every suite run, one line each. */
    void summary() {
        if (verdicts.isEmpty()) {
            return;
        }
        out.printf(Locale.US, "%nsummary: each ratio against its target%n");
        verdicts.forEach(v -> out.printf(Locale.US, "  %s%n", v));
    }

    void startup() throws IOException, InterruptedException {
        out.printf(Locale.US, "%nstartup: start to the first frame of the main window%n");
        if (!hasDisplay()) {
            out.println("  skipped: needs a display (run under xvfb-run)");
            return;
        }
        Result[] r = alternate(window, "floor: bare JavaFX window, one Label, 1280×800", List.of(Floors.WINDOW), Map.of(),
                "EVDash --quit-after-first-frame (bundled data, Overview)", List.of("--quit-after-first-frame"), Map.of());
        print(r[0]);
        print(r[1]);
        verdict("start to the first frame against a bare window", r[1].wall() / r[0].wall(), 1.5, r);
    }

    void load() throws IOException, InterruptedException {
        for (int times : new int[] {10, 100}) {
            Path file = scaled(times);
            out.printf(Locale.US, "%nload: validate a %d× dataset (%s, %.1f MB)%n", times, file.getFileName(),
                    Files.size(file) / 1e6);
            Result[] r = alternate("floor: Jackson readTree of the file's bytes, java, default flags",
                    () -> run(jsonFloor, List.of(file.toString()), Map.of(), true),
                    "EVDash validate (" + commands.get(0).replaceAll(".*[/\\\\]", "") + ")",
                    () -> run(commands, List.of("validate", file.toString()), Map.of()));
            Result f = r[0];
            Result e = r[1];
            print(f);
            print(e);
            if (times == 100) {
                verdict("validate of the 100× dataset against the Jackson floor", e.wall() / f.wall(), 2, f, e);
            } else {
                out.printf(Locale.US, "  ratio: %.2f×%n", e.wall() / f.wall());
            }
        }
    }

    void export() throws IOException, InterruptedException {
        out.printf(Locale.US, "%nexport: headless export --views all --size 1600x900 --scale 2 --csv%n");
        Path dir = work.resolve("export");
        List<String> args = List.of("export", "--out", dir.toString(), "--views", "all", "--size", "1600x900",
                "--scale", "2", "--csv");
        if (!hasDisplay()) {
            out.println("  skipped: its floor, the bare window, needs a display (run under xvfb-run)");
            return;
        }
        Result[] r = alternate(commands, "floor: bare JavaFX window (as for startup)", List.of(Floors.WINDOW), Map.of(),
                "EVDash export (every view, PNG at 2×, CSV)", args, Map.of());
        print(r[0]);
        print(r[1]);
        verdict("export --views all --size 1600x900 --scale 2 --csv against a bare window", r[1].wall() / r[0].wall(), 3, r);

        // the vector exports, each against the same floor measured again beside it
        out.printf(Locale.US, "%nexport: headless export --views all --size 1600x900 --format svg,pdf%n");
        Result[] v = alternate(commands, "floor: bare JavaFX window (as for startup)", List.of(Floors.WINDOW), Map.of(),
                "EVDash export (every view, SVG and PDF)", List.of("export", "--out", work.resolve("vector").toString(),
                        "--views", "all", "--size", "1600x900", "--format", "svg,pdf"), Map.of());
        print(v[0]);
        print(v[1]);
        out.printf(Locale.US, "  ratio: %.2f×; against the PNG export above: %.2f×%n", v[1].wall() / v[0].wall(),
                v[1].wall() / r[1].wall());

        out.printf(Locale.US, "%nexport: headless export --report FILE.pdf --views all --size 1600x900%n");
        Result[] p = alternate(commands, "floor: bare JavaFX window (as for startup)", List.of(Floors.WINDOW), Map.of(),
                "EVDash report PDF (every view, cover, sources)", List.of("export", "--report",
                        work.resolve("report.pdf").toString(), "--views", "all", "--size", "1600x900"), Map.of());
        print(p[0]);
        print(p[1]);
        out.printf(Locale.US, "  ratio: %.2f×; against the PNG export above: %.2f×%n", p[1].wall() / p[0].wall(),
                p[1].wall() / r[1].wall());
    }

    void memory() throws IOException, InterruptedException {
        out.printf(Locale.US, "%nmemory: the window on a 100× dataset, -Xmx256m%n");
        if (!hasDisplay()) {
            out.println("  skipped: needs a display (run under xvfb-run)");
            return;
        }
        Path big = scaled(100);
        List<String> bundled = List.of("--quit-after-first-frame");
        List<String> open = List.of("--quit-after-first-frame", "--data", big.toString());
        Map<String, String> capped = Map.of("JAVA_TOOL_OPTIONS", "-Xmx256m");
        // the first open, nothing remembered, so the file is checked against the schema in full, alternating
        // with the bundled dataset's first frame under the same heap
        Result[] r = alternate("EVDash --quit-after-first-frame, bundled data", () -> run(window, bundled, capped),
                "EVDash --quit-after-first-frame --data (100×), first open", () -> firstOpen(open, "-Xmx256m"));
        Result b = r[0];
        Result f = r[1];
        // opened again: the file is remembered as valid and bound straight from its bytes
        List<Run> again = new ArrayList<>();
        run(window, open, capped);
        for (int i = 0; i < runs; i++) {
            again.add(run(window, open, capped));
        }
        Result a = new Result("EVDash --quit-after-first-frame --data (100×), opened again", again);
        reportFailures(a);
        print(b);
        print(f);
        print(a);
        if (b.reported().isPresent() && f.reported().isPresent()) {
            verdict("first frame on the 100× dataset, first open, -Xmx256m, against the bundled dataset's",
                    (double) f.reported().getAsLong() / b.reported().getAsLong(), 2, b, f);
        } else {
            verdicts.add("first frame on the 100× dataset, first open, -Xmx256m: NOT MEASURED (no first frame reported)");
        }
        if (b.reported().isPresent() && a.reported().isPresent()) {
            out.printf(Locale.US, "  opened again against the bundled dataset: %.2f×%n",
                    (double) a.reported().getAsLong() / b.reported().getAsLong());
        }
    }

    /** A run of the window with an empty record of checked files of its own, removed after it. */
    private Run firstOpen(List<String> args, String jvmOptions) throws IOException, InterruptedException {
        Path none = Files.createTempDirectory(work, "cache-first-open");
        try {
            return run(window, args, Map.of("JAVA_TOOL_OPTIONS", (jvmOptions + " " + cacheOption(none)).strip()));
        } finally {
            try (var files = Files.walk(none)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length == 0 ? Double.NaN : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
