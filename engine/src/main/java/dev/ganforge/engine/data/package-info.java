/** The dataset contract: real samples (and labels) by batch, reproducible from the seed and step alone. */
package dev.ganforge.engine.data;
