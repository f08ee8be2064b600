package dev.evdash.app;

import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load benchmark's floor: the cheapest honest way to read a dataset file, its bytes parsed into a
 * Jackson tree by a mapper with Jackson's defaults, nothing else. {@code evdash bench} starts it in a JVM
 * of the app's runtime with that JVM's default flags, on a class path of this class and Jackson alone
 * (no module graph, no application flags), and prints the command line it used.
 */
public final class JsonFloor {

    private JsonFloor() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: JsonFloor FILE");
            System.exit(2);
        }
        JsonNode tree = JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0])));
        System.out.println("floor: parsed " + tree.size() + " top-level fields");
    }
}
