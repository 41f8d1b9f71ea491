/**
 * The metric contract: plugins that measure sample quality from a generator and the real data,
 * computed during training at {@code training.evaluate-every} and by {@code ganforge evaluate},
 * and kept in a run's {@code metrics.csv}.
 */
package dev.ganforge.engine.metric;
