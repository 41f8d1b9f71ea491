/** Registers ganforge's optimisers (which own their state, for exact resume) under their YAML names. */
package dev.ganforge.plugins.optim;
