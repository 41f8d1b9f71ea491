package dev.ganforge.engine.api;

import java.nio.file.Path;

/**
 * The files {@link Run#write} or {@link Run#writeIdx} wrote.
 *
 * @param step the step of the generator that made the samples
 * @param count the number of samples; the IDX and CSV files hold them all
 * @param file the PNG grid of an image GAN or the CSV file of a vector one, as named; {@code null}
 *     from {@link Run#writeIdx}
 * @param images the IDX file of the images, {@code null} for vectors
 * @param labels the IDX file of their classes, {@code null} for an unconditional GAN or where
 *     none was asked for
 * @param gridImages how many of the samples the grid shows (the first ones, at most 1024); 0
 *     without a grid
 */
public record WrittenSamples(long step, int count, Path file, Path images, Path labels, int gridImages) {}
