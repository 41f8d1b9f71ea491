/** Benchmarks that train for real and report what they measured. */
package dev.ganforge.bench;
