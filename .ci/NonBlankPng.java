import java.awt.image.BufferedImage;
import java.io.File;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * CI check, run as a source file ({@code java .ci/NonBlankPng.java FILE...}): each file is a PNG of at
 * least 200 x 100 pixels that shows something, i.e. more than a handful of colours. Exit 1 names the first
 * file that is not.
 */
public class NonBlankPng {
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            fail("no PNG files given");
        }
        for (String name : args) {
            BufferedImage image = ImageIO.read(new File(name));
            if (image == null) {
                fail(name + ": not a readable image");
            }
            if (image.getWidth() < 200 || image.getHeight() < 100) {
                fail(name + ": only " + image.getWidth() + " x " + image.getHeight() + " pixels");
            }
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    colours.add(image.getRGB(x, y));
                }
            }
            if (colours.size() < 16) {
                fail(name + ": blank, " + colours.size() + " colours");
            }
            System.out.printf("%s: %d x %d, %d colours%n", name, image.getWidth(), image.getHeight(), colours.size());
        }
    }

    private static void fail(String message) {
        System.err.println("FAILED: " + message);
        System.exit(1);
    }
}
