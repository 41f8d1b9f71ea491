/**
 * What a generator makes, as files: image grids and 2-D scatter plots as PNG, and samples as IDX
 * or CSV files written a batch at a time ({@link dev.ganforge.engine.sample.SampleFiles}).
 */
package dev.ganforge.engine.sample;
