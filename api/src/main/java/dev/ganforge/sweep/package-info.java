/**
 * Sweeps: many trials of one base spec, each with some settings changed and its own seed, ranked
 * by one metric. A sweep file is read by {@link dev.ganforge.yaml.SweepReader}; the trials are
 * run by the {@code ganforge-spark} module.
 */
package dev.ganforge.sweep;
