/** Class conditioning methods: label channels (cGAN) and the projection discriminator. */
package dev.ganforge.plugins.condition;
