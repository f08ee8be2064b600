package dev.evdash.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code evdash} command. Without a subcommand it opens the window; subcommands work without one.
 * Exit codes: 0 success, 1 invalid data or failed work, 2 a usage error.
 */
@Command(
        name = "evdash",
        mixinStandardHelpOptions = true,
        versionProvider = BuildInfo.class,
        description = "Dashboard of China's EV market and automaker-tech alliances. Without a command, opens the window.",
        subcommands = {ValidateCommand.class, ExportCommand.class, ImportCommand.class, MergeCommand.class,
            BenchCommand.class},
        usageHelpAutoWidth = true)
public final class Main implements Callable<Integer> {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @Mixin
    GuiOptions options = new GuiOptions();

    private final String[] rawArgs;

    Main(String[] rawArgs) {
        this.rawArgs = rawArgs.clone();
    }

    public static void main(String[] args) throws Exception {
        StartupTrace.mark("main");
        if (System.getenv(PeakMemory.ENV) != null) {
            PeakMemory.reportAtExit();
        }
        if (Floors.run(args)) {
            System.exit(OK);
        }
        Optional<GuiOptions> window = GuiOptions.quickParse(args);
        if (window.isPresent() && window.get().trainingRun) {
            Path work = TrainingRun.prepare();
            if (window.get().data == null) {
                window.get().data = work.resolve(TrainingRun.DATASET);
                args = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                        java.util.stream.Stream.of("--data", window.get().data.toString())).toArray(String[]::new);
            }
        }
        if (window.isPresent()) {
            // the window and nothing else: its options are read without the command-line library, and the
            // data is read while the toolkit starts
            StartupTrace.mark("window options read; launching the toolkit");
            EarlyStart.begin(window.get());
            javafx.application.Application.launch(EvDashApp.class, args);
            StartupTrace.mark("toolkit closed");
            System.exit(OK);
        }
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** Runs the command line and returns the exit code; output goes to {@code out}, errors to {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main(args));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("evdash: " + ex.getMessage());
            c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("evdash: error: " + describe(ex));
            if (debug(parsed)) {
                ex.printStackTrace(c.getErr());
            }
            return FAILED;
        });
        return cl.execute(args);
    }

    private static String describe(Exception ex) {
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    private static boolean debug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult r = parsed; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** No subcommand: open the window (it parses the same options again as the application's parameters). */
    @Override
    public Integer call() {
        StartupTrace.mark("command line parsed; launching the toolkit");
        javafx.application.Application.launch(EvDashApp.class, rawArgs);
        return OK;
    }

    /** Options of the window; also accepted, and ignored, where only the command line runs. */
    public static final class GuiOptions {
        @CommandLine.Option(names = "--data", paramLabel = "FILE",
                description = "Dataset file to open (default: the user's data file if it exists, else the bundled dataset).")
        Path data;

        /** Inherited: every subcommand takes it too, and an error of any of them is then shown with its stack trace. */
        @CommandLine.Option(names = "--debug", description = "Show stack traces of errors.",
                scope = CommandLine.ScopeType.INHERIT)
        boolean debug;

        @CommandLine.Option(names = "--quit-after-first-frame",
                description = "Open the window, print the time from JVM start to its first frame, and quit.")
        boolean quitAfterFirstFrame;

        /** What the window's class-data-sharing archive is made from ({@link TrainingRun}); not for analysts. */
        @CommandLine.Option(names = "--training-run", hidden = true,
                description = "Open the bundled data as a file, show every view in turn after the first frame, and quit.")
        boolean trainingRun;

        public java.util.Optional<Path> dataFile() {
            return java.util.Optional.ofNullable(data);
        }

        /**
         * The window's options when {@code args} holds nothing else ({@code --data FILE}, {@code --debug},
         * {@code --quit-after-first-frame}, {@code --training-run}), read without the command-line library;
         * empty for anything else (a subcommand, help, a mistake), which the full parser then handles and
         * explains.
         */
        static Optional<GuiOptions> quickParse(String[] args) {
            GuiOptions o = new GuiOptions();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--debug")) {
                    o.debug = true;
                } else if (a.equals("--quit-after-first-frame")) {
                    o.quitAfterFirstFrame = true;
                } else if (a.equals("--training-run")) {
                    o.trainingRun = true;
                } else if (a.equals("--data") && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                    o.data = Path.of(args[++i]);
                } else if (a.startsWith("--data=") && a.length() > "--data=".length()) {
                    o.data = Path.of(a.substring("--data=".length()));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(o);
        }

        /** Parses the window's options from the raw arguments; unknown ones are a usage error. */
        public static GuiOptions parse(java.util.List<String> args) {
            Optional<GuiOptions> quick = quickParse(args.toArray(String[]::new));
            if (quick.isPresent()) {
                return quick.get();
            }
            GuiOptions o = new GuiOptions();
            new CommandLine(new Holder(o)).parseArgs(args.toArray(String[]::new));
            return o;
        }

        @Command(name = "evdash")
        private static final class Holder {
            @Mixin
            final GuiOptions options;

            Holder(GuiOptions options) {
                this.options = options;
            }
        }
    }
}
