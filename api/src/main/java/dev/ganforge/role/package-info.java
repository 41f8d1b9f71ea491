/**
 * What a training recipe asks of the network in each role: what it is fed ({@link
 * dev.ganforge.role.Feed}) and what it must output ({@link dev.ganforge.role.Output}), so that a
 * spec's shapes are checked against the recipe that will train it. The engine offers the installed
 * recipes' contracts through {@link dev.ganforge.role.RecipeCatalog}.
 */
package dev.ganforge.role;
