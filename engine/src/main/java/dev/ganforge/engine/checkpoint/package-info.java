/**
 * Checkpoints written atomically (a crash never corrupts the last good one) and read back for an
 * exact resume.
 */
package dev.ganforge.engine.checkpoint;
