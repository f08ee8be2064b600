package dev.evdash.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in the test JVM and collects what it prints. */
public final class MainTestAccess {

    public record Result(int code, String out, String err) {}

    private MainTestAccess() {}

    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
