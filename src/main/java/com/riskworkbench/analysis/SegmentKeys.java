package com.riskworkbench.analysis;

/** Each loan's segment code ({@code loanCode[l]}) and each code's label ({@code labels[c]}). */
public record SegmentKeys(int[] loanCode, String[] labels) {}
