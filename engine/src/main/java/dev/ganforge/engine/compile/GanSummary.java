package dev.ganforge.engine.compile;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;

/**
 * The summary of every network of a compiled GAN, in role order. Its text ends with one line per
 * network, {@code ROLE trainable parameters: N}.
 *
 * @param name the GAN's name
 * @param networks each network's summary, in role order
 */
public record GanSummary(String name, List<NetworkSummary> networks) {

    public GanSummary {
        networks = List.copyOf(networks);
    }

    /** Initialises every network of {@code gan} on {@code manager} and summarises them. */
    public static GanSummary of(CompiledGan gan, NDManager manager) {
        List<NetworkSummary> networks = new ArrayList<>();
        gan.networks().values().forEach(network -> networks.add(NetworkSummary.of(network, manager)));
        return new GanSummary(gan.spec().name(), networks);
    }

    /**
     * The summary of the network in {@code role}.
     *
     * @throws IllegalArgumentException if the GAN has no such network
     */
    public NetworkSummary network(String role) {
        return networks.stream().filter(network -> network.name().equals(role)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("the GAN has no network '" + role + "'"));
    }

    /** Every table, then every network's total. */
    public String render() {
        StringBuilder text = new StringBuilder("GAN " + name + "\n\n");
        networks.forEach(network -> text.append(network.render()).append('\n'));
        networks.forEach(network -> text.append(network.name()).append(" trainable parameters: ")
                .append(NetworkSummary.grouped(network.trainableParameters())).append('\n'));
        return text.toString();
    }
}
