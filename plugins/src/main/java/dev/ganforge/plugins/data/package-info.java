/** Built-in datasets, so that training is proven without any download. */
package dev.ganforge.plugins.data;
