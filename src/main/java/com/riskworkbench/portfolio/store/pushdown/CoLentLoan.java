package com.riskworkbench.portfolio.store.pushdown;

import java.math.BigDecimal;

/** A co-lent loan ACTIVE at a month: its partner, balance in cents and the holder's own share. */
public record CoLentLoan(String loanId, String partner, long balanceCents, BigDecimal ownShare) {}
