/**
 * The training loop: alternating discriminator and generator updates on DJL, strategies that
 * hook into it, progress, loss history and divergence detection.
 */
package dev.ganforge.engine.train;
