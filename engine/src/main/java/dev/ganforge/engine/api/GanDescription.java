package dev.ganforge.engine.api;

import ai.djl.ndarray.types.Shape;
import dev.ganforge.engine.compile.GanSummary;
import dev.ganforge.engine.compile.NetworkSummary;
import java.util.Arrays;
import java.util.List;

/**
 * The summary of a GAN that {@code ganforge describe} prints, as text ({@link #text()}) and as
 * data: for each network, its blocks with their settings, output shapes and trainable
 * parameters. Made by {@link Ganforge#describe}; immutable.
 */
public final class GanDescription {

    private final String name;
    private final List<NetworkDescription> networks;
    private final String text;

    private GanDescription(String name, List<NetworkDescription> networks, String text) {
        this.name = name;
        this.networks = List.copyOf(networks);
        this.text = text;
    }

    /** The description of the networks {@code summary} summarises. */
    static GanDescription of(GanSummary summary) {
        List<NetworkDescription> networks = summary.networks().stream().map(GanDescription::network).toList();
        return new GanDescription(summary.name(), networks, summary.render());
    }

    private static NetworkDescription network(NetworkSummary network) {
        List<NetworkDescription.Block> blocks = network.rows().stream()
                .map(row -> new NetworkDescription.Block(row.number(), row.kind(), row.details(), dimensions(row.output()),
                        row.trainableParameters()))
                .toList();
        return new NetworkDescription(network.name(), dimensions(network.input()), blocks);
    }

    private static List<Long> dimensions(Shape shape) {
        return Arrays.stream(shape.getShape()).boxed().toList();
    }

    /** The GAN's name, as its spec gives it. */
    public String name() {
        return name;
    }

    /** Every network, in the order of their roles (the generator first). */
    public List<NetworkDescription> networks() {
        return networks;
    }

    /**
     * The network in {@code role}.
     *
     * @throws IllegalArgumentException if the GAN has no network in that role (the message lists those it has)
     */
    public NetworkDescription network(String role) {
        return networks.stream().filter(network -> network.role().equals(role)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("the GAN '" + name + "' has no network '" + role + "'; it has "
                        + networks.stream().map(NetworkDescription::role).toList()));
    }

    /** The trainable parameters of all networks together. */
    public long trainableParameters() {
        return networks.stream().mapToLong(NetworkDescription::trainableParameters).sum();
    }

    /**
     * The summary as {@code ganforge describe} prints it: a table per network, one row per block,
     * then one line per network with its trainable parameters.
     */
    public String text() {
        return text;
    }

    /** The same as {@link #text()}. */
    @Override
    public String toString() {
        return text;
    }
}
