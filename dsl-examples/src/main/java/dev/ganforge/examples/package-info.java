/**
 * The seed architectures of {@code shared/SEED_ARCHITECTURES.md} in the fluent Java DSL. Each
 * has a twin in {@code dsl-examples/yaml/}, and a test checks that the two give equal specs.
 */
package dev.ganforge.examples;
