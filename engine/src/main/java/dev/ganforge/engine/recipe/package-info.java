/**
 * Training recipes: how one step trains a GAN's networks ({@link
 * dev.ganforge.engine.recipe.TrainingRecipe}), chosen by name with the spec's {@code recipe}. The
 * trainer owns the loop, seeding, memory, checkpoints and sampling; a recipe owns the updates.
 */
package dev.ganforge.engine.recipe;
