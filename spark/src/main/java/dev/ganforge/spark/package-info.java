/**
 * {@code ganforge sweep}: the trials of a sweep file run as Apache Spark tasks, each a normal run
 * directory trained by {@link dev.ganforge.engine.run.TrainingRun}, and ranked by the driver.
 *
 * <pre>
 *   SweepCommand ── SweepFiles.read (every trial valid) ── SweepRunner (driver)
 *        kept: trials whose run finished (TrialTask.finished)
 *        pending ─► JavaSparkContext.parallelize(one slice per trial).map(TrialTask::run) ─► TrialOutcome
 *        ─► Leaderboard: leaderboard.csv, sweep.html, sweep.png (SweepPlot)
 * </pre>
 */
package dev.ganforge.spark;
