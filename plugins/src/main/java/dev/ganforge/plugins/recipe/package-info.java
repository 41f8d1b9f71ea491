/**
 * The image-to-image training recipes: {@code pix2pix} (paired translation) and {@code cyclegan}
 * (unpaired translation with cycle consistency), built on the engine's recipe SPI.
 */
package dev.ganforge.plugins.recipe;
