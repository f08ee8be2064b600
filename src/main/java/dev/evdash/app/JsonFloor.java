package dev.evdash.app;

import dev.evdash.data.FileBytes;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The load benchmark's floor: the cheapest honest way to read a dataset file, its bytes parsed into a
 * Jackson tree by a mapper with Jackson's defaults, nothing else; the bytes read as EVDash reads a dataset
 * file ({@link FileBytes}), the cheapest way found to read them whole. {@code evdash bench} starts it in a
 * JVM of the app's runtime with that JVM's default flags, on a class path of this class and Jackson alone
 * (no module graph, no application flags), and prints the command line it used.
 */
public final class JsonFloor {

    private JsonFloor() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: JsonFloor FILE");
            System.exit(2);
        }
        JsonNode tree = JsonMapper.builder().build().readTree(FileBytes.read(Path.of(args[0])));
        System.out.println("floor: parsed " + tree.size() + " top-level fields");
    }
}
