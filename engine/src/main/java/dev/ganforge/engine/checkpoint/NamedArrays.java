package dev.ganforge.engine.checkpoint;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Arrays by name in DJL's engine-neutral encoding: a checkpoint written by one engine loads in
 * another. The names travel with the arrays.
 */
final class NamedArrays {

    private NamedArrays() {}

    static byte[] encode(Map<String, NDArray> arrays) {
        if (arrays.isEmpty()) {
            return new byte[0]; // DJL cannot decode the encoding of an empty list
        }
        NDList list = new NDList(arrays.size());
        arrays.forEach((name, array) -> {
            array.setName(name);
            list.add(array);
        });
        return list.encode();
    }

    static Map<String, NDArray> decode(NDManager manager, byte[] bytes, String what) throws IOException {
        if (bytes.length == 0) {
            return new LinkedHashMap<>();
        }
        NDList list;
        try {
            list = NDList.decode(manager, bytes);
        } catch (RuntimeException corrupt) {
            throw new IOException(what + " is corrupt: " + corrupt.getMessage(), corrupt);
        }
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        for (NDArray array : list) {
            if (array.getName() == null || arrays.put(array.getName(), array) != null) {
                throw new IOException(what + " has an unnamed or repeated array");
            }
        }
        return arrays;
    }
}
