/**
 * Training strategies: n_critic (Arjovsky et al. 2017), weight clipping, one-sided label
 * smoothing (Salimans et al. 2016), and an exponential moving average of the generator's weights
 * (Yazıcı et al. 2019).
 */
package dev.ganforge.plugins.strategy;
