/**
 * The adversarial losses: binary cross-entropy (Goodfellow et al. 2014) in its minimax and
 * non-saturating forms, Wasserstein (Arjovsky et al. 2017), hinge (Lim &amp; Ye 2017, Miyato et
 * al. 2018) and least squares (Mao et al. 2017).
 */
package dev.ganforge.plugins.loss;
