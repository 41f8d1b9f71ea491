/**
 * Optimisers whose state ganforge owns, so that a training run can be checkpointed and resumed
 * exactly: {@link dev.ganforge.engine.optim.GanOptimizer} and its PyTorch-equivalent
 * implementations {@link dev.ganforge.engine.optim.AdamOptimizer},
 * {@link dev.ganforge.engine.optim.RmsPropOptimizer} and
 * {@link dev.ganforge.engine.optim.SgdOptimizer}.
 *
 * <p>DJL's own optimisers keep their state privately, keyed by per-process parameter ids, so
 * they cannot be saved. Here the state is a set of named arrays keyed by the parameter's stable
 * name (its key in {@code block.getParameters()}), on a manager the optimiser owns. Only DJL's
 * engine-neutral API is used.
 */
package dev.ganforge.engine.optim;
