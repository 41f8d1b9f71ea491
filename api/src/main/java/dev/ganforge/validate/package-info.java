/**
 * Checks a spec before anything runs: field rules, shape inference through both networks, and
 * the problems found, each with the path of the offending field and a suggested fix.
 */
package dev.ganforge.validate;
