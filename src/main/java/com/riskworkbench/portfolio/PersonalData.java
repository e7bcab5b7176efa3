package com.riskworkbench.portfolio;

import java.util.Optional;

/** A borrower's personal data as stored: mask it before showing or exporting it. */
public record PersonalData(Optional<String> name, Optional<String> idNumber) {}
