package com.riskworkbench.portfolio.store.pushdown;

import java.time.YearMonth;

/** The ACTIVE rows of one month in one delinquency bucket: how many, and their balance in cents. */
public record BucketBalance(YearMonth month, int bucket, long rows, long balanceCents) {}
