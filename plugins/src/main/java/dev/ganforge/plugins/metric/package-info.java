/**
 * Built-in metrics: {@code classifier-fid}, the Fréchet distance in the feature space of a small
 * classifier trained on the real data (the usual "FID with a domain classifier" for MNIST-like
 * images).
 */
package dev.ganforge.plugins.metric;
