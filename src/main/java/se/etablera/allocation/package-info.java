/**
 * Batch allocation: proposes who goes to which opening so that the summed match score is as high as possible,
 * with at most one activity per person, no opening over its seats and, optionally, women's and men's shares of
 * the places kept close to their shares among the people. A greedy baseline is computed beside it so a coach
 * can see what the optimisation adds. Pure: no I/O, no clock, no randomness; the caller decides whether to apply
 * a proposal.
 */
package se.etablera.allocation;
