package dev.ganforge.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ganforge.engine.train.AdversarialSteps;
import dev.ganforge.engine.train.StepRecord;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LossPlotTest {

    @Test
    void drawsAPngOfEightHundredByFourHundredFifty(@TempDir Path dir) throws IOException {
        List<StepRecord> records = LongStream.rangeClosed(1, 300)
                .mapToObj(step -> AdversarialSteps.step(step, 1 + Math.sin(step), 2 + Math.cos(step), 0.1, 0.2, 1000))
                .toList();
        Path png = dir.resolve("losses.png");
        LossPlot.write(records, png, "a run");
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(List.of(800, 450), List.of(image.getWidth(), image.getHeight()));
    }
}
