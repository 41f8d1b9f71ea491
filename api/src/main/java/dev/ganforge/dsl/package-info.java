/**
 * The fluent Java front end. It reads like the architecture and builds the same
 * {@link dev.ganforge.spec.GanSpec} records as the YAML reader:
 *
 * <pre>{@code
 * import static dev.ganforge.dsl.Layers.*;
 *
 * GanSpec spec = Gan.named("mnist-dcgan")
 *         .setData(Data.image(1, 28, 28).optRange(0, 1))
 *         .setLatent(Latent.normal(100))
 *         .setGenerator(Network.of(
 *                 projection(128, 7, 7),
 *                 decoder(128, 64).optKernel(5).optOrder(Order.PRE),
 *                 decoder(32, 1).optKernel(5).optStride(1).optOrder(Order.PRE),
 *                 sigmoid()))
 *         .setDiscriminator(Network.of(
 *                 encoder(32, 64, 128).optKernel(5).optNoNorm().optOrder(Order.PRE),
 *                 flatten(),
 *                 dense(1)))
 *         .build();
 * }</pre>
 *
 * <p>Builders follow DJL: {@code setX} for what is required (a staged builder makes it
 * impossible to forget), {@code optX} for what has a default, and {@code build()} validates.
 */
package dev.ganforge.dsl;
