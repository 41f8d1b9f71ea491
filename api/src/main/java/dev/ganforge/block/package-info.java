/**
 * What a block kind declares, engine-neutrally: its YAML name, its typed parameters with defaults
 * and one-line docs, its value checks, its shape rule and its summary words ({@link
 * dev.ganforge.block.BlockType}). The YAML reader and writer, the DSL's validation and shape
 * inference work from these declarations alone; the engine's block kinds add compilation.
 * Installed kinds are found through {@link dev.ganforge.block.BlockCatalog}.
 */
package dev.ganforge.block;
