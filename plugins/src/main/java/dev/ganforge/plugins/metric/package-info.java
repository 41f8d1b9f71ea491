/**
 * Built-in metrics: {@code classifier-fid}, the Fréchet distance in the feature space of a small
 * classifier trained on the real data (the usual "FID with a domain classifier" for MNIST-like
 * images), and {@code translation}, how close an image-to-image generator's translations of
 * held-out inputs are to their true targets (L1, PSNR, and how often the same classifier reads
 * them as their source's class).
 */
package dev.ganforge.plugins.metric;
