/** The adversarial loss contract; concrete losses are plugins and live outside the engine. */
package dev.ganforge.engine.loss;
