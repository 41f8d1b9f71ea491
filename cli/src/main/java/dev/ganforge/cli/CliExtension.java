package dev.ganforge.cli;

/**
 * A command that a module beside the command line adds to {@code ganforge}, found with
 * {@link java.util.ServiceLoader} when its jar is on the class path: the {@code ganforge-spark}
 * module adds {@code sweep} this way, so that the command line itself does not depend on Spark.
 * List the implementation in {@code META-INF/services/dev.ganforge.cli.CliExtension}.
 */
public interface CliExtension {

    /** A new picocli command object (a class annotated with {@code @Command}, named by it). */
    Object command();
}
