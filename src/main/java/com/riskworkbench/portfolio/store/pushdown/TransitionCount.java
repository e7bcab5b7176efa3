package com.riskworkbench.portfolio.store.pushdown;

/**
 * One cell of a roll-rate matrix as the database counts it: transitions from bucket {@code from} at
 * month t to state {@code to} at t+1, their balance at t in cents and the distinct loans behind
 * them. States are numbered as {@link PushDownQueries#transitions} says.
 */
public record TransitionCount(int from, int to, long transitions, long balanceCents, long loans) {}
