/**
 * The immutable GAN specification: one model that both front ends (the fluent Java DSL and the
 * YAML reader) produce, and that the engine compiles. Nothing here knows about DJL or training.
 */
package dev.ganforge.spec;
