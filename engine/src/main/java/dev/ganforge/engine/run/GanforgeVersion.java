package dev.ganforge.engine.run;

/** ganforge's own version, from the engine jar's manifest (or "development" when run from classes). */
final class GanforgeVersion {

    private GanforgeVersion() {}

    static String get() {
        String version = GanforgeVersion.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
