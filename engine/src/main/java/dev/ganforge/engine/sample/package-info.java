/** Pictures of what a generator makes: image grids and 2-D scatter plots, as PNG. */
package dev.ganforge.engine.sample;
