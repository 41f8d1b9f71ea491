/**
 * The optional MXNet engine module: it has no code of its own, only DJL's MXNet engine and its
 * native library as dependencies, so that a user who does not train on MXNet does not carry
 * them. Put this module's jars on the class path (the launcher {@code ./ganforge} does when it
 * is built) and {@code training.engine: mxnet} or {@code --engine mxnet} works; ganforge's
 * engine-specific code is all in {@link dev.ganforge.engine.backend}.
 */
package dev.ganforge.engine.mxnet;
