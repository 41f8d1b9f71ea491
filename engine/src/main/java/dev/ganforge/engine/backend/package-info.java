/**
 * The one place that knows DJL engines apart: which engine a spec trains on, whether it is on
 * the class path, the managers its arrays live on, the features each engine has, and how its
 * threads are set. Everything else in ganforge uses DJL's engine-neutral API only.
 */
package dev.ganforge.engine.backend;
