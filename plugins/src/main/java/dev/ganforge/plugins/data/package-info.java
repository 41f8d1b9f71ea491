/**
 * Built-in datasets: 2-D Gaussian mixtures and ten classes of shapes drawn in code (no download),
 * MNIST-style IDX files and folders of images read from disk. The image datasets share
 * {@code TableDataset}: batches in a per-epoch permutation drawn from the
 * seed, prepared ahead on a background thread.
 */
package dev.ganforge.plugins.data;
