/**
 * Block kinds: the SPI ({@link dev.ganforge.engine.block.BlockKind}) through which every block a
 * network is made of — built-in or from a plugin jar — declares its YAML name and parameters, its
 * checks, its shape rule, its summary words and its DJL compilation, and the built-in kinds
 * themselves, registered by {@link dev.ganforge.engine.block.BuiltInBlocks}.
 */
package dev.ganforge.engine.block;
