package dev.ganforge.engine.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.google.gson.Gson;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reading the JSON fixtures PyTorch wrote (tensors as {@code {"shape": [...], "data": [...]}}) and
 * comparing ganforge's arrays with them: shared by the block, optimiser and penalty reference tests.
 */
public final class PyTorchFixtures {

    /** The largest difference, relative to the larger of 1 and PyTorch's value, that counts as equal. */
    public static final double TOLERANCE = 1e-5;

    private static final Gson GSON = new Gson();

    private PyTorchFixtures() {}

    /**
     * The fixture at {@code resource} on the test class path.
     *
     * @param howToWrite what to run to write it, for the message when it is missing
     */
    public static Map<String, Object> read(String resource, String howToWrite) throws IOException {
        InputStream stream = PyTorchFixtures.class.getResourceAsStream(resource);
        assertNotNull(stream, "no fixture " + resource + ": " + howToWrite);
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return GSON.fromJson(reader, new TypeToken<Map<String, Object>>() {}.getType());
        }
    }

    /** A fixture tensor as an array on {@code manager}. */
    public static NDArray tensor(NDManager manager, Object json) {
        Map<String, Object> map = map(json);
        long[] shape = ((List<?>) map.get("shape")).stream().mapToLong(o -> ((Number) o).longValue()).toArray();
        List<?> data = (List<?>) map.get("data");
        float[] values = new float[data.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((Number) data.get(i)).floatValue();
        }
        return manager.create(values, new Shape(shape));
    }

    /** Asserts {@code actual} has {@code expected}'s shape and values within {@link #TOLERANCE}. */
    public static void assertClose(NDArray expected, NDArray actual, String what) {
        assertArrayEquals(expected.getShape().getShape(), actual.getShape().getShape(), what + " shape");
        float[] want = expected.toFloatArray();
        float[] got = actual.toType(DataType.FLOAT32, false).toFloatArray();
        double worst = 0;
        int at = 0;
        for (int i = 0; i < want.length; i++) {
            double difference = Math.abs(want[i] - got[i]) / Math.max(1, Math.abs(want[i]));
            if (difference > worst) {
                worst = difference;
                at = i;
            }
        }
        assertTrue(worst <= TOLERANCE, what + " on " + actual.getManager().getEngine().getEngineName()
                + " differs from PyTorch by " + worst + " at [" + at + "]: want " + want[at] + ", got " + got[at]
                + "\n want " + Arrays.toString(Arrays.copyOf(want, 8)) + "\n got  " + Arrays.toString(Arrays.copyOf(got, 8)));
    }

    /** A JSON object of a fixture. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    /** A JSON array of objects of a fixture (e.g. its named parameters). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> maps(Object json) {
        return (List<Map<String, Object>>) json;
    }
}
