/**
 * The conditioning contract: how a class label is joined into the generator and the
 * discriminator. Concrete methods (label channels, projection discriminator) are plugins.
 */
package dev.ganforge.engine.condition;
