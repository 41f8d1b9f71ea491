package org.example.gan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShapesGanTest {

    @Test
    void trainsTwentyStepsAndWritesASampleGrid(@TempDir Path temp) throws Exception {
        Path run = temp.resolve("run");

        ShapesGan.main(new String[] {run.toString(), "20"});

        BufferedImage grid = ImageIO.read(run.resolve("grid.png").toFile());
        assertEquals(8 * 28 + 9, grid.getWidth(), "8 columns of 28 pixels, a one-pixel gap around each");
        assertTrue(Files.exists(run.resolve("checkpoints/step-000020")), "the run has the checkpoint of its last step");
        assertEquals(16 + 64 * 28 * 28, Files.size(run.resolve("grid-images-idx3-ubyte")), "the 64 samples as IDX beside the grid");
    }
}
