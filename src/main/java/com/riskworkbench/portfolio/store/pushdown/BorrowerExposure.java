package com.riskworkbench.portfolio.store.pushdown;

/** A borrower's ACTIVE balance at a month, in cents, with the borrower's type by name. */
public record BorrowerExposure(String borrowerId, String borrowerType, long exposureCents) {}
