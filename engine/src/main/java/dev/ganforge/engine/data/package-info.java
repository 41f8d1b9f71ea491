/**
 * The dataset contract: a {@link dev.ganforge.engine.data.DatasetSource} (what a dataset plugin
 * creates) opens a {@link dev.ganforge.engine.data.GanDataset} for a spec's data section, which
 * gives real samples (and labels) by batch, reproducible from the seed and position alone, and its
 * splits in order for evaluation.
 */
package dev.ganforge.engine.data;
