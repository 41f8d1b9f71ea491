package dev.ganforge.block;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The block kinds a spec may use, by name. The engine provides the installed ones (its built-in
 * kinds and every block plugin on the class path) through {@link ServiceLoader}: an implementation
 * listed in {@code META-INF/services/dev.ganforge.block.BlockCatalog}.
 */
public interface BlockCatalog {

    /** A catalog without any kind: what {@link #installed()} is when no engine is on the class path. */
    BlockCatalog EMPTY = of(List.of());

    /** The kind called {@code name}, if there is one. */
    Optional<BlockType> find(String name);

    /** Every kind's name, sorted. */
    List<String> names();

    /** A catalog of these kinds. */
    static BlockCatalog of(List<? extends BlockType> types) {
        Map<String, BlockType> byName = new TreeMap<>();
        for (BlockType type : types) {
            if (byName.putIfAbsent(type.name(), type) != null) {
                throw new IllegalArgumentException("block kind '" + type.name() + "' is given twice");
            }
        }
        List<String> names = List.copyOf(byName.keySet());
        return new BlockCatalog() {
            @Override
            public Optional<BlockType> find(String name) {
                return Optional.ofNullable(byName.get(name));
            }

            @Override
            public List<String> names() {
                return names;
            }
        };
    }

    /**
     * The kinds installed on the class path: those of every catalog {@link ServiceLoader} finds,
     * looked up once.
     */
    static BlockCatalog installed() {
        return Installed.CATALOG;
    }

    /** Looks the installed catalogs up on first use. */
    final class Installed {
        private static final BlockCatalog CATALOG = load();

        private Installed() {}

        private static BlockCatalog load() {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            List<BlockType> types = new ArrayList<>();
            for (BlockCatalog catalog : ServiceLoader.load(BlockCatalog.class,
                    context != null ? context : BlockCatalog.class.getClassLoader())) {
                catalog.names().forEach(name -> types.add(catalog.find(name).orElseThrow()));
            }
            return of(types);
        }
    }
}
